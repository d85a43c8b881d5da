#include "PromResponse.h"

#include <QRegularExpression>

QString PromResponse::describeError() const
{
    QString text = PromResponseText::errorTypeInWords(errorType);
    if (!errorType.isEmpty())
        text += QStringLiteral(" (%1)").arg(errorType);
    if (!error.isEmpty())
        text += QStringLiteral(": ") + error;
    const QString advice = PromResponseText::advice(errorType);
    return advice.isEmpty() ? text + QLatin1Char('.') : text + QStringLiteral(". ") + advice;
}

QString PromResponseText::errorTypeInWords(const QString& errorType)
{
    if (errorType == QLatin1String("bad_data"))
        return tr("Prometheus rejected the query");
    if (errorType == QLatin1String("timeout"))
        return tr("Prometheus ran out of time evaluating the query");
    if (errorType == QLatin1String("canceled"))
        return tr("Prometheus cancelled the query");
    if (errorType == QLatin1String("execution"))
        return tr("Prometheus failed while evaluating the query");
    if (errorType == QLatin1String("unavailable"))
        return tr("Prometheus is not ready to answer");
    if (errorType == QLatin1String("not_found"))
        return tr("Prometheus does not know this endpoint");
    if (errorType == QLatin1String("internal"))
        return tr("Prometheus hit an internal error");
    return tr("Prometheus reported an error");
}

QString PromResponseText::advice(const QString& errorType)
{
    if (errorType == QLatin1String("bad_data"))
        return tr("Check the panel's PromQL.");
    if (errorType == QLatin1String("timeout"))
        return tr("Narrow the time range or simplify the query.");
    if (errorType == QLatin1String("unavailable"))
        return tr("It may still be starting; the panel retries on its next refresh.");
    if (errorType == QLatin1String("not_found"))
        return tr("Check the Prometheus URL in the dashboard profile.");
    return {};
}

QString PromResponseText::legend(const QString& legendTemplate, const QMap<QString, QString>& labels)
{
    if (!legendTemplate.isEmpty()) {
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
        QString out = legendTemplate;
        QRegularExpressionMatch m;
        qsizetype from = 0;
        while ((m = placeholder.match(out, from)).hasMatch()) {
            const QString value = labels.value(m.captured(1));
            out.replace(m.capturedStart(), m.capturedLength(), value);
            from = m.capturedStart() + value.size();
        }
        return out;
    }
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    }
    const QString name = labels.value(QStringLiteral("__name__"));
    return parts.isEmpty() ? (name.isEmpty() ? QStringLiteral("value") : name)
                           : name + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}
