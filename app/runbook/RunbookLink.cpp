#include "RunbookLink.h"

#include <QDir>
#include <QFileInfo>

RunbookLink::Target RunbookLink::resolve(const QString& link, const QString& folder)
{
    Target t;
    const QString written = link.trimmed();
    if (written.isEmpty()) {
        t.problem = tr("The alert has no runbook_url annotation. Add one to its rule, naming a runbook file or its URL.");
        return t;
    }
    const QUrl url(written);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            t.problem = tr("The runbook_url %1 names no host.").arg(written);
        else
            t.remote = url;
        return t;
    }
    QString path;
    if (scheme == QLatin1String("file"))
        path = url.toLocalFile();
    else if (scheme.size() > 1) // "c:" is a drive, not a scheme
        return Target{{}, {}, tr("The runbook_url %1 uses %2:, which the console does not open; give a file or an http(s) URL.").arg(written, scheme)};
    else
        path = written;
    const QStringList candidates = QFileInfo(path).isAbsolute()
                                       ? QStringList{path}
                                       : QStringList{QDir(folder).filePath(path), QDir(folder).filePath(QFileInfo(path).fileName())};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            t.localPath = candidate;
            return t;
        }
    }
    t.problem = tr("The runbook %1 named by the alert's runbook_url is not there (looked in %2). Put the file in the "
                   "runbook folder, or give its full path or URL.")
                    .arg(written, candidates.join(QStringLiteral(", ")));
    return t;
}

bool RunbookLink::isMarkdownAnswer(const QByteArray& contentType, const QByteArray& body, QString* why)
{
    const QByteArray type = contentType.toLower();
    const QByteArray start = body.left(512).trimmed().toLower();
    if (type.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
        *why = tr("it is a web page, not Markdown; point runbook_url at the raw Markdown file");
        return false;
    }
    if (body.trimmed().isEmpty()) {
        *why = tr("the answer is empty");
        return false;
    }
    return true;
}
