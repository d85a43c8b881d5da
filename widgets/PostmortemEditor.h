#pragma once

#include "IncidentData.h"
#include "ReportTemplates.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

// The post-mortem's narrative sections; edits are saved a moment after typing stops.
class PostmortemEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemEditor(QWidget* parent = nullptr);

    void setFields(const PostmortemFields& fields);
    bool hasUnsavedEdits() const; // typed but not yet handed to saveRequested
    PostmortemFields fields() const;
    void setEnabledForIncident(bool enabled);
    void setScenarioTemplates(const QList<ScenarioTemplate>& templates);
    void addScenario(const QString& templateId); // a new, empty write-up of that kind

Q_SIGNALS:
    void saveRequested(const PostmortemFields& fields);

private:
    QPlainTextEdit* addText(const QString& label, const QString& placeholder);
    QTableWidget* addTable(const QString& label, const QStringList& columns);
    void changed();
    void addScenarioWriteUp(const ScenarioWriteUp& writeUp);
    struct ScenarioForm
    {
        QWidget* box;
        ScenarioWriteUp writeUp; // what the fields were made from
        QList<QPlainTextEdit*> edits;
    };
    QList<ScenarioForm> m_scenarioForms;
    QList<ScenarioTemplate> m_scenarioTemplates;
    class QComboBox* m_scenarioPicker;
    class QVBoxLayout* m_scenarioList;

    bool m_loading = false;
    QTimer* m_debounce;
    class QFormLayout* m_form;
    QLineEdit* m_summary;
    QPlainTextEdit* m_impact;
    QPlainTextEdit* m_detection;
    QTableWidget* m_whys;
    QPlainTextEdit* m_rootCause;
    QTableWidget* m_factors;
    QPlainTextEdit* m_mitigation;
    QTableWidget* m_actions;
    QPlainTextEdit* m_wentWell;
    QPlainTextEdit* m_wentWrong;
    QPlainTextEdit* m_lucky;
};
