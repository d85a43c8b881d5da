#include "HttpReply.h"

#include "ReplyRouter.h"

HttpReply::HttpReply(std::shared_ptr<ReplyRouter> router, quint64 id, QObject* owner)
    : QObject(owner)
    , m_router(std::move(router))
    , m_id(id)
{
}

HttpReply::~HttpReply()
{
    if (!m_finished)
        m_router->forget(m_id); // the caller went away: nobody waits for this answer any more
}

void HttpReply::cancel()
{
    if (!m_finished)
        m_router->cancel(m_id);
}

void HttpReply::complete(const HttpResult& result)
{
    m_finished = true;
    m_result = result;
    Q_EMIT finished(result); // not the member: a handler may delete this reply
}
