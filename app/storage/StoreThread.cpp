#include "StoreThread.h"

#include "IncidentStore.h"
#include "BackgroundThread.h"

#include <QMetaObject>

#include <memory>

StoreThread::StoreThread(QString location, const QString& name)
    : m_location(std::move(location))
    , m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    BackgroundThread::start(m_thread);
}

StoreThread::~StoreThread()
{
    // Queued after everything posted, so that runs first; the connection closes on its own thread.
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_store;
        m_store = nullptr;
        delete m_context;
        m_context = nullptr;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void StoreThread::post(Work work)
{
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] {
        if (!m_store) {
            auto opening = std::make_unique<IncidentStore>();
            if (!opening->open(m_location)) {
                work(*opening, false);
                return; // opened again for the next work
            }
            m_store = opening.release();
        }
        work(*m_store, true);
    }, Qt::QueuedConnection);
}

void StoreThread::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection);
}
