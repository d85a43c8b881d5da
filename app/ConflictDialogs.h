#pragma once

#include "IncidentData.h"

#include <QObject>

class IncidentService;
class PostmortemEditor;
class QWidget;

// When another seat changed what this one was editing, both versions are shown and the person chooses:
// an optimistic version check found it; nothing is overwritten silently.
class ConflictDialogs final : public QObject
{
    Q_OBJECT
public:
    ConflictDialogs(IncidentService& service, PostmortemEditor& editor, QWidget* window);

    // The post-mortem version the editor's text is based on.
    int postmortemBase() const { return m_postmortemBase; }
    void showPostmortem(); // the open incident's post-mortem in the editor, as the new base
    void acceptSaved();    // this seat's save went through: its version is the new base

private:
    void eventConflict(const TimelineEvent& theirs, const QString& myText, qint64 myAtMs);
    void postmortemConflict(const PostmortemFields& theirs, int theirVersion, const PostmortemFields& mine);
    void postmortemArrived();

    IncidentService& m_service;
    PostmortemEditor& m_editor;
    QWidget* m_window;
    int m_postmortemBase = 0;
};
