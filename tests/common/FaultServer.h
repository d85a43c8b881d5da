#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

// A tiny HTTP/1.1 server on loopback that misbehaves on purpose, chosen by the request path:
//   /ok /json?body=... /stall-headers[/anything] /stall-body /reset /html502 /malformed /truncated
//   /huge-announced /huge-streamed /huge-chunked /prom-matrix?series=N&points=M /bad-chunk-size
//   /error/<errorType> /echo /echo-json /echo-credential?pad=N /redirect?to=URL /status/<code>
// Everything a test needs to see afterwards (requests, headers) is recorded.
class FaultServer final : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FaultServer(QObject* parent = nullptr);
    QString base() const; // http://127.0.0.1:PORT
    QList<Request> requests;
    int dropped = 0; // connections the client closed while a stalled request waited for its answer
    QHash<QByteArray, QByteArray> routes; // path -> full JSON body served with 200 (test-provided)

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
