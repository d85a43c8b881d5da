#include "SampleWriter.h"

#include "IncidentStore.h"
#include "StoreThread.h"

#include <QPointer>

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

void SampleWriter::load(qint64 incidentId, QObject* context, std::function<void(const QList<MetricPanelData>&)> done)
{
    QPointer<QObject> receiver(context);
    m_thread->post([thread = m_thread.get(), incidentId, receiver, done = std::move(done)] {
        const QList<MetricPanelData> kept = thread->open() ? thread->store().loadSamples(incidentId) : QList<MetricPanelData>();
        if (receiver)
            QMetaObject::invokeMethod(receiver, [done, kept] { done(kept); }, Qt::QueuedConnection);
    });
}

void SampleWriter::flush()
{
    m_thread->flush();
}
