#pragma once

#include "IncidentData.h"

#include <QObject>

class IncidentService;
class QWidget;

// The commander's dialogs over the incident: declare, set a status as of a moment, open one, edit an
// event. Each opens without blocking and hands what was accepted to the service.
class IncidentDialogs final : public QObject
{
    Q_OBJECT
public:
    IncidentDialogs(IncidentService& service, QWidget* window);

    void declare();
    void setStatusAsOf();
    void open();
    void editEvent(qint64 eventId);
    // From this seat's file to a shared store while the incident runs; offers to reopen the console there.
    void moveToSharedStore();

Q_SIGNALS:
    void done(const QString& message); // for the status bar
    void problem(const QString& message);

private:
    struct MoveResult
    {
        qint64 movedId = 0; // 0: not moved (error says why)
        QString error;
        QString targetPath;     // for people: the password masked
        QString targetLocation; // to open it again in this process
        QString invitation;
    };
    void showMoved(qint64 incidentId, const MoveResult& result);
    void showIncidentList(const QList<IncidentSummary>& incidents, const QString& error);
    bool m_listWanted = false; // the list was asked for by Open (not yet shown)
    IncidentService& m_service;
    QWidget* m_window;
};
