#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <memory>

class ReplyRouter;

// One request, as its caller holds it: lives in the caller's thread, owned by the caller (its parent),
// emits finished() exactly once. Deleting it before then aborts the request on the worker thread.
class HttpReply final : public QObject
{
    Q_OBJECT
public:
    ~HttpReply() override;

    void cancel(); // finished() follows, with HttpOutcome::Cancelled
    bool isFinished() const { return m_finished; }
    const HttpResult& result() const { return m_result; } // once finished

Q_SIGNALS:
    void finished(const HttpResult& result);

private:
    friend class Network;
    friend class ReplyRouter;
    HttpReply(std::shared_ptr<ReplyRouter> router, quint64 id, QObject* owner);
    void complete(const HttpResult& result);

    std::shared_ptr<ReplyRouter> m_router;
    quint64 m_id;
    bool m_finished = false;
    HttpResult m_result;
};
