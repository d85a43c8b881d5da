#include "SampleWriter.h"

#include "BackgroundThread.h"
#include "IncidentStore.h"

#include <QMetaObject>

SampleWriter::SampleWriter(QString storePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(storePath))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("sample-writer"));
    m_context->moveToThread(&m_thread);
    BackgroundThread::start(m_thread);
}

SampleWriter::~SampleWriter()
{
    // Queued after every write asked for, so those are done first; the connection closes on its own thread.
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_store;
        m_store = nullptr;
        delete m_context;
        m_context = nullptr;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void SampleWriter::save(qint64 incidentId, const PanelDefinition& panel, const QList<MetricSeries>& batch)
{
    QMetaObject::invokeMethod(m_context, [this, incidentId, panel, batch] {
        if (!m_store) {
            m_store = new IncidentStore;
            if (!m_store->open(m_path)) {
                const QString error = m_store->errorString();
                delete m_store;
                m_store = nullptr;
                Q_EMIT failed(error);
                return;
            }
        }
        if (!m_store->saveSamples(incidentId, panel, batch))
            Q_EMIT failed(m_store->errorString());
    }, Qt::QueuedConnection);
}

void SampleWriter::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection);
}
