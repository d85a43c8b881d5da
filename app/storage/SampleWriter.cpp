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
    m_thread->post([this, incidentId, panel, batch](IncidentStore& store, bool isOpen) {
        if (!isOpen || !store.saveSamples(incidentId, panel, batch))
            Q_EMIT failed(store.errorString());
    });
}

void SampleWriter::flush()
{
    m_thread->flush();
}
