#pragma once

#include "HttpTypes.h"
#include "Redactor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One request on the worker thread: follows redirects, enforces the deadline and size cap, classifies
// the outcome and emits done() exactly once. Destroying it aborts what is still running.
class HttpCall final : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager& manager, quint64 id, HttpRequest request, QElapsedTimer submitted,
             QObject* parent = nullptr);
    ~HttpCall() override;

    void start();
    void cancel();
    quint64 id() const { return m_id; }
    QString origin() const;
    static QString originOf(const QUrl& url);
    static int liveReplies();

Q_SIGNALS:
    void done(const HttpResult& result);

private:
    enum class Stop { None, Deadline, Cancelled, TooLarge };

    void send(const QUrl& url, const QByteArray& method, const QByteArray& body, bool withCredentials);
    void onReadyRead();
    void onMetaData();
    void onFinished();
    void finish(HttpOutcome outcome, const QString& detail);
    void abortWith(Stop reason);
    bool followRedirect();
    void logOutcome(const HttpResult& result) const;

    QNetworkAccessManager& m_manager;
    quint64 m_id;
    HttpRequest m_request;
    QElapsedTimer m_submitted;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Redactor m_redactor;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_sentBody;
    bool m_withCredentials = true;
    int m_redirects = 0;
    Stop m_stop = Stop::None;
    bool m_done = false;
};
