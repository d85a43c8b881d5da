#include "RunbookReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString RunbookReport::text(const Runbook& r)
{
    QStringList out;
    out << tr("%1: %2 sections, %3 checklist items, %4 HTTP actions, %5 copy commands")
               .arg(r.path)
               .arg(r.sections.size())
               .arg(r.count(RunbookStep::Check))
               .arg(r.count(RunbookStep::Http))
               .arg(r.count(RunbookStep::Copy));
    for (const RunbookSection& section : r.sections) {
        if (section.steps.isEmpty())
            continue;
        out << QString() << QStringLiteral("%1 %2  (line %3)").arg(QString(section.level, QLatin1Char('#')), section.title).arg(section.line);
        for (const RunbookStep& step : section.steps) {
            switch (step.kind) {
            case RunbookStep::Check:
                out << QStringLiteral("  [%1] %2  (line %3)").arg(step.checkedInFile ? QStringLiteral("x") : QStringLiteral(" "), step.text).arg(step.line);
                break;
            case RunbookStep::Http: {
                out << QStringLiteral("  %1 %2  (line %3)").arg(tr("HTTP:"), step.text).arg(step.line);
                for (const QString& line : step.action.display().split(QLatin1Char('\n')))
                    out << QStringLiteral("      ") + line;
                if (!step.action.jq.isEmpty())
                    out << QStringLiteral("      | jq %1").arg(step.action.jq);
                if (step.hasCriterion)
                    out << QStringLiteral("      %1 %2").arg(tr("success:"), step.criterion.text);
                if (!step.action.variables.isEmpty())
                    out << QStringLiteral("      %1 %2").arg(tr("needs:"), step.action.variables.join(QStringLiteral(", ")));
                break;
            }
            case RunbookStep::Copy:
                out << QStringLiteral("  %1 %2  (line %3)").arg(tr("copy:"), step.command.section(QLatin1Char('\n'), 0, 0).left(100)).arg(step.line);
                break;
            }
        }
    }
    if (!r.warnings.isEmpty()) {
        out << QString();
        for (const RunbookWarning& w : r.warnings)
            out << QStringLiteral("%1:%2: %3: %4").arg(r.path).arg(w.line).arg(w.error ? tr("error") : tr("warning"), w.message);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RunbookReport::json(const Runbook& r)
{
    QJsonArray sections;
    for (const RunbookSection& section : r.sections) {
        QJsonArray steps;
        for (const RunbookStep& step : section.steps) {
            QJsonObject o{{QStringLiteral("line"), step.line}, {QStringLiteral("text"), step.text}};
            switch (step.kind) {
            case RunbookStep::Check:
                o.insert(QStringLiteral("kind"), QStringLiteral("check"));
                o.insert(QStringLiteral("checked"), step.checkedInFile);
                break;
            case RunbookStep::Http: {
                // Headers as the panel shows them: a literal credential masked, a ${VARIABLE} named.
                QJsonArray headers;
                for (const QString& header : step.action.shownHeaders())
                    headers.append(QString(header).replace(QLatin1String("$$"), QLatin1String("$")));
                o.insert(QStringLiteral("kind"), QStringLiteral("http"));
                o.insert(QStringLiteral("request"), step.action.display()); // secrets masked
                o.insert(QStringLiteral("method"), step.action.method);
                o.insert(QStringLiteral("url"), QString(step.action.url).replace(QLatin1String("$$"), QLatin1String("$")));
                o.insert(QStringLiteral("headers"), headers);
                o.insert(QStringLiteral("body"), QString(step.action.body).replace(QLatin1String("$$"), QLatin1String("$")));
                o.insert(QStringLiteral("insecure"), step.action.insecure);
                o.insert(QStringLiteral("followRedirects"), step.action.followRedirects);
                o.insert(QStringLiteral("timeoutMs"), step.action.timeoutMs);
                o.insert(QStringLiteral("jq"), step.action.jq);
                o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(step.action.variables));
                if (step.hasCriterion)
                    o.insert(QStringLiteral("criterion"), step.criterion.text);
                break;
            }
            case RunbookStep::Copy:
                o.insert(QStringLiteral("kind"), QStringLiteral("copy"));
                o.insert(QStringLiteral("command"), step.command);
                if (!step.whyCopy.isEmpty())
                    o.insert(QStringLiteral("why"), step.whyCopy);
                break;
            }
            steps.append(o);
        }
        sections.append(QJsonObject{{QStringLiteral("title"), section.title},
                                    {QStringLiteral("level"), section.level},
                                    {QStringLiteral("line"), section.line},
                                    {QStringLiteral("steps"), steps}});
    }
    QJsonArray warnings;
    for (const RunbookWarning& w : r.warnings)
        warnings.append(QJsonObject{{QStringLiteral("line"), w.line},
                                    {QStringLiteral("message"), w.message},
                                    {QStringLiteral("error"), w.error}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("path"), r.path},
                                                       {QStringLiteral("title"), r.title},
                                                       {QStringLiteral("sections"), sections},
                                                       {QStringLiteral("warnings"), warnings}})
                                 .toJson());
}
