#pragma once

#include <QString>
#include <QThread>

#include <functional>

class IncidentStore;

// A store connection of its own on a thread of its own: work posted to it runs there, in the order
// it was posted, so the UI thread never waits for the store. The connection opens on first use.
class StoreThread final
{
public:
    StoreThread(QString location, const QString& name);
    ~StoreThread(); // finishes what was posted, then closes the connection on its own thread
    StoreThread(const StoreThread&) = delete;
    StoreThread& operator=(const StoreThread&) = delete;

    // work runs on the thread with the store; when it could not be opened, isOpen is false and the store
    // says why (errorString, lostConnection); it is opened again for the next work.
    using Work = std::function<void(IncidentStore& store, bool isOpen)>;
    void post(Work work);
    void flush(); // returns once everything posted so far has run

private:
    QString m_location;
    QThread m_thread;
    QObject* m_context = nullptr;     // lives on m_thread: queued work runs there, in order
    IncidentStore* m_store = nullptr; // opened, used and closed on m_thread only
};
