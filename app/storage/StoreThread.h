#pragma once

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class IncidentStore;

// A store connection of its own on a thread of its own: work posted to it runs there, in the order
// it was posted, so the UI thread never waits for the store.
class StoreThread final
{
public:
    StoreThread(QString location, const QString& name);
    ~StoreThread(); // finishes what was posted, then closes the connection on its own thread
    StoreThread(const StoreThread&) = delete;
    StoreThread& operator=(const StoreThread&) = delete;

    void post(std::function<void()> work);
    void flush(); // returns once everything posted so far has run

    // From posted work only: the connection, opened (again) when it is not open. False: store() says why.
    bool open();
    IncidentStore& store();

private:
    QString m_location;
    QThread m_thread;
    QObject* m_context = nullptr;           // lives on m_thread: queued work runs there, in order
    std::unique_ptr<IncidentStore> m_store; // made, used and closed on m_thread only
};
