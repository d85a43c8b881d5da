#include "HttpAction.h"

#include <QCoreApplication>
#include <QRegularExpression>

QStringList HttpAction::shownHeaders() const
{
    QStringList lines;
    for (const auto& [name, value] : headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            // Keep the scheme and any ${VAR}; mask a literal credential.
            static const QRegularExpression literal(QStringLiteral("^(\\S+\\s+)(?!\\$\\{)(.+)$"));
            QString shown = value;
            shown.replace(literal, QStringLiteral("\\1••••"));
            lines << name + QStringLiteral(": ") + shown;
        } else {
            lines << name + QStringLiteral(": ") + value;
        }
    }
    return lines;
}

QString HttpAction::display() const
{
    QStringList lines{method + QLatin1Char(' ') + url};
    lines << shownHeaders();
    if (!user.isEmpty())
        lines << QStringLiteral("(basic auth) ") + user.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":••••");
    if (insecure)
        lines << QCoreApplication::translate("HttpAction", "(TLS certificate not checked: -k)");
    if (followRedirects)
        lines << QCoreApplication::translate("HttpAction", "(follows redirects)");
    if (timeoutMs > 0)
        lines << QCoreApplication::translate("HttpAction", "(gives up after %1 s)").arg(timeoutMs / 1000.0);
    if (!body.isEmpty())
        lines << QString() << body;
    QString text = lines.join(QLatin1Char('\n'));
    return text.replace(QLatin1String("$$"), QLatin1String("$"));
}

bool Criterion::passes(double v) const
{
    if (op == QLatin1String("<"))
        return v < value;
    if (op == QLatin1String("<="))
        return v <= value;
    if (op == QLatin1String(">"))
        return v > value;
    if (op == QLatin1String(">="))
        return v >= value;
    return false;
}
