#pragma once

#include "MetricPanelData.h"

#include <QObject>

#include <functional>
#include <memory>

class StoreThread;

// Keeps fetched metric samples in the store from a thread of its own, through a connection of its own,
// so panels refreshing every second never make the UI thread wait for SQLite. Samples are not timeline
// events: nothing is shown as recorded because of them, and a panel fetches them again if a crash loses
// the last few. Writes happen in the order they were asked for.
class SampleWriter final : public QObject
{
    Q_OBJECT
public:
    explicit SampleWriter(QString storePath, QObject* parent = nullptr);
    ~SampleWriter() override; // writes everything already asked for, then stops

    // Returns at once; a failure comes back as failed().
    void save(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch);
    // Returns once everything asked for so far is in the store (before samples are read back).
    void flush();
    // Reads an incident's samples on the writer's thread, after everything asked for so far; done runs
    // on context's thread (not at all if context is gone).
    void load(qint64 incidentId, QObject* context, std::function<void(const QList<MetricPanelData>&)> done);

Q_SIGNALS:
    void failed(const QString& message);

private:
    std::unique_ptr<StoreThread> m_thread;
};
