#pragma once

#include <QObject>

class IncidentService;

// Exports the open incident's post-mortem: names the file, writes it with its charts, and says how
// it went. The window only asks where.
class PostmortemExporter final : public QObject
{
    Q_OBJECT
public:
    explicit PostmortemExporter(IncidentService& service, QObject* parent = nullptr);

    QString suggestedPath(const QString& folder) const; // "<folder>/postmortem-<id>-<title-slug>.md"
    // False when no incident is open; the outcome comes as exported() or failed() (in the window, once the
    // samples are read off the UI thread).
    bool exportTo(const QString& path);

Q_SIGNALS:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    IncidentService& m_service;
};
