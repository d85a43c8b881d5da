#include "RunbookRules.h"

#include "CurlCommand.h"
#include "JqFilter.h"
#include "ProseHtml.h"
#include "RunbookImporter.h"
#include "ShellWords.h"

#include <algorithm>

namespace {
QString asWritten(const QString& url)
{
    return QString(url).replace(QLatin1String("$$"), QLatin1String("$"));
}
} // namespace

std::optional<QUrl> RunbookRules::urlToSend(const QString& expanded, const QString& written, QString* why)
{
    if (!CurlCommand::foreignScheme(expanded).isEmpty()) {
        *why = tr("The URL %1 is not an http or https URL; the console sends only HTTP requests.").arg(asWritten(written));
        return std::nullopt;
    }
    const QUrl url(CurlCommand::withDefaultScheme(expanded)); // decided after ${BASE_URL} is known, as curl does
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *why = tr("The URL %1 is not valid.").arg(asWritten(written));
        return std::nullopt;
    }
    return url;
}

QString RunbookRules::refusal(const HttpAction& action)
{
    QString why;
    // A URL with variables is known only at send time; one without is refused now as it would be then.
    if (!action.url.contains(QLatin1String("${"))) {
        const QString literal = ShellWords::expand(action.url, [](const QString&) { return QString(); }, nullptr);
        if (!urlToSend(literal, action.url, &why))
            return why;
    }
    if (!action.jq.isEmpty() && !JqFilter::isAllowed(action.jq, &why))
        return why;
    return {};
}

void RunbookRules::apply(Runbook& runbook)
{
    for (RunbookSection& section : runbook.sections) {
        for (RunbookStep& step : section.steps) {
            if (step.kind != RunbookStep::Http)
                continue;
            const QString why = refusal(step.action);
            if (why.isEmpty())
                continue;
            step.kind = RunbookStep::Copy; // the command as written, to run elsewhere if at all
            runbook.warnings.append(
                {step.line, tr("this request would be refused when run, so it is offered for copying only: %1").arg(why), true});
        }
    }
    std::stable_sort(runbook.warnings.begin(), runbook.warnings.end(),
                     [](const RunbookWarning& a, const RunbookWarning& b) { return a.line < b.line; });
}

Runbook RunbookRules::open(const QString& path)
{
    Runbook runbook = RunbookImporter::importFile(path);
    apply(runbook);
    ProseHtml::render(runbook);
    return runbook;
}

Runbook RunbookRules::openText(const QByteArray& text, const QString& source)
{
    Runbook runbook = RunbookImporter::importText(text, source);
    apply(runbook);
    ProseHtml::render(runbook);
    return runbook;
}
