#include "SampleWriter.h"

#include "IncidentStore.h"
#include "StoreThread.h"

SampleWriter::SampleWriter(QString storePath, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<StoreThread>(std::move(storePath), QStringLiteral("sample-writer")))
{
}

SampleWriter::~SampleWriter()
{
    m_thread.reset(); // while this is whole: what it runs may still answer through it
}

void SampleWriter::save(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch)
{
    // The thread itself, not m_thread: work still runs while the thread is being stopped.
    m_thread->post([this, thread = m_thread.get(), incidentId, panel, batch] {
        if (!thread->open() || !thread->store().saveSamples(incidentId, panel, batch))
            Q_EMIT failed(thread->store().errorString());
    });
}

void SampleWriter::flush()
{
    m_thread->flush();
}
