#pragma once

#include "ReportComposer.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Writes a status update from the SEV's template: the commander fills the fields, edits the text,
// and publishes. The incident's own facts (T+, status, checklist, metrics, actions) fill themselves.
class StatusUpdateComposer final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusUpdateComposer(QWidget* parent = nullptr);

    void setTemplate(const SevReportTemplate& report);
    void setAudiences(const QList<ReportAudience>& audiences);
    QString audience() const; // the chosen audience's id
    QComboBox* audienceBox() const { return m_audience; }
    QLabel* warningLabel() const { return m_warning; }
    void setContext(const ReportContext& context); // refills unless the text was edited by hand
    void setWebhookAvailable(bool available, const QString& host);
    void setResult(const QString& message, bool ok);
    void clearAfterPublish();

    QString text() const;
    QLineEdit* field(const QString& id) const { return m_fields.value(id); }
    QPushButton* publishButton() const { return m_publish; }

Q_SIGNALS:
    void publishRequested(const QString& text, bool postToWebhook, const QString& audienceLabel);

private:
    void refill();
    void offerAudiences();
    void checkRawDetails();
    const ReportAudience* chosenAudience() const;

    SevReportTemplate m_template;
    QList<ReportAudience> m_audiences;
    QComboBox* m_audience;
    QLabel* m_audienceHelp;
    QLabel* m_warning;
    ReportContext m_context;
    QHash<QString, QLineEdit*> m_fields;
    QLabel* m_heading;
    QFormLayout* m_form;
    QPlainTextEdit* m_text;
    QPushButton* m_refill;
    QCheckBox* m_webhook;
    QPushButton* m_publish;
    QLabel* m_result;
    bool m_editedByHand = false;
    bool m_filling = false;
};
