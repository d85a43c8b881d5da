#include "StoreThread.h"

#include "BackgroundThread.h"
#include "IncidentStore.h"

#include <QMetaObject>

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
        m_store.reset();
        delete m_context;
        m_context = nullptr;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void StoreThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void StoreThread::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection);
}

bool StoreThread::open()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    IncidentStore& connection = store();
    return connection.isOpen() || connection.open(m_location);
}

IncidentStore& StoreThread::store()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (!m_store)
        m_store = std::make_unique<IncidentStore>(); // not open yet: open() opens it
    return *m_store;
}
