#pragma once

#include "AlertmanagerAlert.h"

#include <QWidget>

class AlertTriageModel;
class QLabel;
class QPushButton;
class QTreeView;

// Alertmanager's firing alerts for triage: firing, silenced and inhibited apart, in Alertmanager's
// groups. Whether Alertmanager answers is always said; the window decides what the buttons do.
class AlertTriagePanel final : public QWidget
{
    Q_OBJECT
public:
    AlertTriagePanel(AlertTriageModel* model, QWidget* parent = nullptr);

    void showNotConfigured();
    void showAsking(const QString& url); // before the first answer
    void showUp(const QString& url, qint64 answeredMs);  // the model holds what it said
    void showDown(const QString& problem);
    void setIncidentOpen(bool open); // attaching needs one

    QList<AmAlert> selectedAlerts() const; // the selected alert, or every alert of the selected group
    QTreeView* tree() const { return m_tree; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* cappedLabel() const { return m_capped; }
    QPushButton* declareButton() const { return m_declare; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* silenceButton() const { return m_silence; }
    QPushButton* expireButton() const { return m_expire; }
    QPushButton* runbookButton() const { return m_runbook; }

Q_SIGNALS:
    void declareRequested(const QList<AmAlert>& alerts);
    void attachRequested(const QList<AmAlert>& alerts);
    void silenceRequested(const AmAlert& alert);
    void expireRequested(const QString& silenceId, const AmAlert& alert);
    void runbookRequested(const QString& runbookUrl);

private:
    void selectionMoved();
    void keepSectionsOpen();

    AlertTriageModel* m_model;
    QLabel* m_status;
    QLabel* m_capped;
    QTreeView* m_tree;
    QPushButton* m_declare;
    QPushButton* m_attach;
    QPushButton* m_silence;
    QPushButton* m_expire;
    QPushButton* m_runbook;
    bool m_incidentOpen = false;
};
