#include "FaultServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <sys/socket.h>

namespace {
QByteArray response(int status, const QByteArray& reason, const QByteArray& contentType, const QByteArray& body,
                    const QByteArray& extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" +
           body;
}

// Writes what next() returns as the client reads (so the server never holds the whole answer), chunked or
// until the connection closes, and hangs up when next() returns nothing.
void stream(QTcpSocket* socket, bool chunked, std::function<QByteArray()> next)
{
    socket->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n") +
                  (chunked ? "Transfer-Encoding: chunked\r\n" : "") + "\r\n");
    auto pump = [socket, chunked, next] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * 1024 * 1024) {
            const QByteArray piece = next();
            if (piece.isEmpty()) {
                if (chunked)
                    socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            if (chunked)
                socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            else
                socket->write(piece);
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

int statusFor(const QByteArray& errorType)
{
    if (errorType == "bad_data")
        return 400;
    if (errorType == "execution")
        return 422;
    if (errorType == "not_found")
        return 404;
    if (errorType == "internal")
        return 500;
    return 503; // timeout, canceled, unavailable
}
} // namespace

FaultServer::FaultServer(QObject* parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, &FaultServer::onConnection);
}

QString FaultServer::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void FaultServer::onConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void FaultServer::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    requests.append(request);
    respond(socket, request);
}

void FaultServer::respond(QTcpSocket* socket, const Request& request)
{
    const QUrl url(QString::fromLatin1(request.path));
    const QByteArray path = url.path().toLatin1();
    const QUrlQuery query(url);
    if (routes.contains(path)) {
        socket->write(response(200, "OK", "application/json", routes.value(path)));
    } else if (path == "/ok") {
        socket->write(response(200, "OK", "application/json",
                               R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"x"},"value":[1700000000,"1"]}]}})"));
    } else if (path == "/json") {
        socket->write(response(200, "OK", "application/json", query.queryItemValue("body", QUrl::FullyDecoded).toUtf8()));
    } else if (path.startsWith("/stall-headers")) { // a prefix, so a base URL can stall whatever follows it
        connect(socket, &QTcpSocket::disconnected, this, [this] { ++dropped; });
        return; // read the request, never answer
    } else if (path == "/stall-body") {
        connect(socket, &QTcpSocket::disconnected, this, [this] { ++dropped; });
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"status\":");
        return; // and never the rest
    } else if (path == "/reset") {
        const linger hard{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort(); // RST instead of FIN
        return;
    } else if (path.startsWith("/html502")) { // prefixes: a base URL fails whatever API path follows it
        socket->write(response(502, "Bad Gateway", "text/html",
                               "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                               "Gateway</h1></center><hr><center>nginx</center></body></html>"));
    } else if (path.startsWith("/malformed")) {
        socket->write(response(200, "OK", "application/json", "{\"status\":\"success\",\"data\":{\"resultType\":"));
    } else if (path == "/truncated") {
        const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,)";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n" + body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    } else if (path == "/huge-announced") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
        socket->write(QByteArray(64 * 1024, ' '));
        return;
    } else if (path == "/huge-streamed") {
        // 200 MB with no length announced, written as the client reads, until it hangs up.
        auto sent = std::make_shared<int>(0);
        stream(socket, false, [sent]() -> QByteArray {
            return (*sent)++ < 200 ? QByteArray(1024 * 1024, '7') : QByteArray();
        });
        return;
    } else if (path == "/huge-chunked") {
        // The same 200 MB in chunked encoding.
        auto sent = std::make_shared<int>(0);
        stream(socket, true, [sent]() -> QByteArray {
            return (*sent)++ < 200 ? QByteArray(1024 * 1024, '7') : QByteArray();
        });
        return;
    } else if (path == "/prom-matrix") {
        // A query_range answer of ?series= series with ?points= samples each, chunked, one series at a time.
        const int series = query.queryItemValue("series").toInt();
        const int points = query.queryItemValue("points").toInt();
        auto next = std::make_shared<int>(-1);
        stream(socket, true, [next, series, points]() -> QByteArray {
            const int i = (*next)++;
            if (i == -1)
                return R"({"status":"success","data":{"resultType":"matrix","result":[)";
            if (i == series)
                return "]}}";
            if (i > series)
                return {};
            QByteArray text = (i > 0 ? ",{" : "{") + QByteArray(R"("metric":{"instance":"host-)") +
                              QByteArray::number(i) + R"("},"values":[)";
            for (int p = 0; p < points; ++p)
                text += (p > 0 ? ",[" : "[") + QByteArray::number(1700000000 + p * 15) + ",\"" +
                        QByteArray::number(p % 1000) + ".25\"]";
            return text + "]}";
        });
        return;
    } else if (path == "/bad-chunk-size") {
        // A valid chunk, then a chunk size that is not hexadecimal.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "10\r\n{\"status\":\"succe\r\nzz\r\nss\"}\r\n0\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    } else if (path.startsWith("/error/")) {
        const QByteArray type = path.mid(7);
        socket->write(response(statusFor(type), "Error", "application/json",
                               R"({"status":"error","errorType":")" + type + R"(","error":"planted )" + type +
                                   R"( error"})"));
    } else if (path == "/echo") {
        QByteArray body;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            body += it.key() + ": " + it.value() + "\n";
        body += "\n" + request.body;
        socket->write(response(200, "OK", "text/plain", body));
    } else if (path == "/echo-json") {
        QJsonObject headers;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromUtf8(it.value()));
        socket->write(response(200, "OK", "application/json",
                               QJsonDocument(QJsonObject{{QStringLiteral("headers"), headers},
                                                         {QStringLiteral("body"), QString::fromUtf8(request.body)}})
                                   .toJson(QJsonDocument::Compact)));
    } else if (path == "/echo-credential") {
        // The Basic credential's base64 alone, after ?pad=N characters: where a cut at N+k lands in it.
        const QByteArray credential = request.headers.value("authorization").mid(6);
        const int pad = query.queryItemValue(QStringLiteral("pad")).toInt();
        socket->write(response(200, "OK", "application/json",
                               R"({"pad":")" + QByteArray(pad, '.') + R"(","seen":")" + credential + R"("})"));
    } else if (path == "/redirect") {
        socket->write(response(302, "Found", "text/plain", "", "Location: " + query.queryItemValue("to", QUrl::FullyDecoded).toUtf8() + "\r\n"));
    } else if (path.startsWith("/status/")) {
        socket->write(response(path.mid(8).toInt(), "Status", "application/json",
                               R"({"message":"server says no"})"));
    } else {
        socket->write(response(404, "Not Found", "text/plain", "no such route"));
    }
    socket->flush();
    socket->disconnectFromHost();
}
