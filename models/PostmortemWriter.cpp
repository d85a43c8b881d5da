#include "PostmortemWriter.h"
#include "SeatRole.h"

#include "Checklist.h"
#include "Markdown.h"
#include "TimeOffset.h"

#include <QRegularExpression>
#include <algorithm>

namespace {
QString interval(qint64 fromMs, qint64 toMs)
{
    return fromMs == 0 || toMs == 0 ? QStringLiteral("—") : TimeOffset::formatDuration(toMs - fromMs);
}

void numbered(QStringList& out, const QStringList& entries)
{
    for (int i = 0; i < entries.size(); ++i)
        out << QStringLiteral("%1. %2").arg(i + 1).arg(Markdown::listItem(entries.at(i)));
}

QStringList nonEmptyLines(const QString& text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    QStringList lines;
    for (const QString& line : text.split(lineBreak)) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

constexpr qint64 DayMs = 86'400'000;

// Days since 1970-01-01 of a local time in ms.
qint64 dayNumber(qint64 localMs)
{
    return localMs >= 0 ? localMs / DayMs : (localMs - DayMs + 1) / DayMs;
}

// A status update (or any entry this long) would make one huge table cell: it is written out below the table.
bool isLong(const QString& text)
{
    if (text.size() > 240)
        return true;
    const auto breaks = std::count_if(text.cbegin(), text.cend(),
                                      [](QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); });
    return breaks >= 2 && nonEmptyLines(text).size() > 2;
}

// The first line, cut at a word near 120 characters.
QString shortForm(const QString& text)
{
    QString first = nonEmptyLines(text).value(0);
    if (first.size() > 120) {
        const qsizetype space = first.lastIndexOf(QLatin1Char(' '), 120);
        first = first.left(space > 60 ? space : 120) + QStringLiteral(" …");
    }
    return first;
}
} // namespace

PostmortemWriter::PostmortemWriter(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

qint64 PostmortemWriter::localMs(qint64 ms) const
{
    // Converting through QTimeZone for every row dominates a 100k-row export; cache the offset.
    const qint64 quarter = ms / (15 * 60'000);
    auto it = m_offsetByQuarterHour.constFind(quarter);
    if (it == m_offsetByQuarterHour.constEnd())
        it = m_offsetByQuarterHour.insert(quarter, m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
    return ms + qint64(*it) * 1000;
}

// "HH:mm:ss", or "yyyy-MM-dd HH:mm:ss" off the incident's first day, in the writer's zone. Built by hand:
// QDateTime::toString re-reads its format for each of 100k rows.
QString PostmortemWriter::timeOfDay(qint64 ms, qint64 firstDay) const
{
    const qint64 local = localMs(ms);
    const qint64 day = dayNumber(local);
    const int second = static_cast<int>((local - day * DayMs) / 1000);
    QString out;
    out.reserve(19);
    if (day != firstDay)
        out += QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate) + QLatin1Char(' ');
    const auto two = [&out](int n) {
        out += QLatin1Char(char('0' + n / 10));
        out += QLatin1Char(char('0' + n % 10));
    };
    two(second / 3600);
    out += QLatin1Char(':');
    two(second / 60 % 60);
    out += QLatin1Char(':');
    two(second % 60);
    return out;
}

QString PostmortemWriter::dateTime(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + t.timeZoneAbbreviation();
}

QString PostmortemWriter::optionalDateTime(qint64 ms) const
{
    return ms == 0 ? QStringLiteral("—") : dateTime(ms);
}

QString PostmortemWriter::placeholder(const QString& hint) const
{
    return Markdown::emphasized(tr("To be written:") + QLatin1Char(' ') + hint, QStringLiteral("_"));
}

QString PostmortemWriter::write(const IncidentData& incident, const ChecklistDefinition& checklist,
                                const QList<Chart>& charts) const
{
    const PostmortemFields& pm = incident.postmortem;
    QStringList out;
    auto section = [&out](const QString& heading) { out << QString() << QStringLiteral("## ") + heading << QString(); };
    // Scenario write-ups add their entries to the section they belong to.
    auto scenarioLines = [&pm](const QString& section) {
        QStringList lines;
        for (const ScenarioWriteUp& w : pm.scenarios) {
            for (const ScenarioEntry& e : w.entries) {
                if (e.section == section && !e.text.trimmed().isEmpty())
                    lines << QStringLiteral("- %1 %2").arg(
                        Markdown::emphasized(QStringLiteral("%1 — %2:").arg(w.title, e.label), QStringLiteral("**")),
                        Markdown::inlineWithBreaks(e.text));
            }
        }
        return lines;
    };
    auto textOr = [&](const QString& text, const QString& hint, const QString& section = QString()) {
        const QStringList scenario = section.isEmpty() ? QStringList() : scenarioLines(section);
        if (!text.trimmed().isEmpty())
            out << Markdown::block(text);
        else if (scenario.isEmpty())
            out << placeholder(hint);
        if (!scenario.isEmpty())
            out << (text.trimmed().isEmpty() ? QStringList() : QStringList{QString()}) + scenario;
    };
    auto eventsOfKind = [&](EventKind kind, const QString& heading) {
        QStringList lines;
        for (const TimelineEvent& e : incident.events) {
            if (e.kind != kind)
                continue;
            const QString text = isLong(e.text) ? shortForm(e.text) + QLatin1Char(' ') + tr("(full text in the timeline)")
                                                : e.text;
            lines << QStringLiteral("- %1 %2").arg(TimeOffset::format(e.atMs - incident.startedMs),
                                                   Markdown::inlineWithBreaks(text));
        }
        if (!lines.isEmpty())
            out << QString() << QStringLiteral("**") + heading + QStringLiteral("**") << QString() << lines;
    };

    out << QStringLiteral("# ") + Markdown::heading(incident.title);
    section(tr("Summary"));
    out << QStringLiteral("> **") + tr("One-line summary:") + QStringLiteral("** ") +
               (pm.summary.trimmed().isEmpty() ? placeholder(tr("what happened, to whom, for how long, in one sentence."))
                                               : Markdown::inlineText(pm.summary));

    section(tr("Metadata"));
    out << Markdown::tableHeader({tr("Field"), tr("Value")});
    const qint64 end = incident.resolvedMs;
    const QList<QPair<QString, QString>> metadata = {
        {tr("Severity"), SeverityInfo::label(incident.severity) + QStringLiteral(" (") +
                             SeverityInfo::definition(incident.severity) + QLatin1Char(')')},
        {tr("Status"), IncidentStatusInfo::label(incident.status)},
        {tr("Commander"), incident.commander},
        {tr("Started"), dateTime(incident.startedMs)},
        {tr("Detected"), optionalDateTime(incident.detectedMs)},
        {tr("Mitigated"), optionalDateTime(incident.mitigatedMs)},
        {tr("Resolved"), optionalDateTime(incident.resolvedMs)},
        {tr("Duration"), end == 0 ? tr("ongoing") : interval(incident.startedMs, end)},
        {tr("Time to detect"), interval(incident.startedMs, incident.detectedMs)},
        {tr("Time to mitigate"), interval(incident.startedMs, incident.mitigatedMs)},
    };
    for (const auto& [field, value] : metadata)
        out << Markdown::tableRow({field, value});

    // Who held which role when: a handover shows as two commander rows.
    if (!incident.roles.isEmpty()) {
        section(tr("Roles"));
        out << Markdown::tableHeader({tr("Role"), tr("Person"), tr("From"), tr("To")});
        for (const RoleSpan& r : incident.roles)
            out << Markdown::tableRow({SeatRole::title(r.role), r.person, dateTime(r.startedMs),
                                       r.endedMs == 0 ? tr("the end") : dateTime(r.endedMs)});
    }

    section(tr("Timeline"));
    if (incident.events.isEmpty()) {
        out << placeholder(tr("no events were recorded."));
    } else {
        out << Markdown::tableHeader({tr("T+"), tr("Time"), tr("Phase"), tr("Event"), tr("Owner")});
        const qint64 firstDay = dayNumber(localMs(incident.startedMs));
        QList<const TimelineEvent*> longEvents;
        // All rows in one string: a list entry per row cost an allocation each and a copy in the join.
        QString rows;
        rows.reserve(incident.events.size() * 128);
        for (const TimelineEvent& e : incident.events) {
            QString text = e.text;
            if (isLong(e.text)) {
                longEvents << &e;
                text = shortForm(e.text) + QLatin1Char(' ') + tr("(full text below)");
            }
            if (!rows.isEmpty())
                rows += QLatin1Char('\n');
            Markdown::appendTableRow(rows, {TimeOffset::format(e.atMs - incident.startedMs), timeOfDay(e.atMs, firstDay),
                                            checklist.phaseTitle(e.phase), text, e.author});
        }
        out << rows;
        // Each long entry in full, headed by the T+ of its row, its lines kept as written.
        for (const TimelineEvent* e : longEvents) {
            out << QString()
                << QStringLiteral("### ") + Markdown::heading(QStringLiteral("%1 · %2").arg(
                                               TimeOffset::format(e->atMs - incident.startedMs), EventKindInfo::label(e->kind)))
                << QString();
            QStringList about{e->author, timeOfDay(e->atMs, firstDay), checklist.phaseTitle(e->phase)};
            about.removeAll(QString());
            out << Markdown::emphasized(about.join(QStringLiteral(" · ")), QStringLiteral("_")) << QString()
                << Markdown::quote(e->text);
        }
    }

    if (!charts.isEmpty()) {
        section(tr("Metrics"));
        for (const Chart& chart : charts) {
            out << QStringLiteral("![%1](%2)").arg(Markdown::linkText(chart.title),
                                                   Markdown::linkDestination(chart.relativePath))
                << QString();
        }
    }

    section(tr("Impact"));
    textOr(pm.impact, tr("who and what was affected (users, endpoints, business), how much and for how long."),
           QStringLiteral("impact"));

    section(tr("Detection"));
    textOr(pm.detection, tr("how the incident was noticed (alerts, dashboards, people) and how long it took."));
    eventsOfKind(EventKind::Alert, tr("Alerts recorded"));

    section(tr("Root cause"));
    out << QStringLiteral("### ") + tr("5 Whys") << QString();
    if (pm.whys.isEmpty()) {
        out << placeholder(tr("ask why five times, each answer leading to the next question."));
    } else {
        for (int i = 0; i < pm.whys.size(); ++i) {
            // Question and answer are paragraphs of their own, so nothing in one can pair with the other.
            const QString number = QStringLiteral("%1. ").arg(i + 1);
            if (i > 0)
                out << QString();
            out << number + Markdown::emphasized(pm.whys.at(i).question, QStringLiteral("**")) << QString()
                << QString(number.size(), QLatin1Char(' ')) + QStringLiteral("→ ") +
                       Markdown::inlineWithBreaks(pm.whys.at(i).answer);
        }
    }
    out << QString() << QStringLiteral("### ") + tr("Root cause") << QString();
    textOr(pm.rootCause, tr("the cause that, once removed, prevents the incident from happening again."),
           QStringLiteral("rootCause"));

    section(tr("Contributing factors"));
    if (pm.factors.isEmpty()) {
        out << placeholder(tr("conditions that made the incident worse or more likely."));
    } else {
        out << Markdown::tableHeader({tr("Factor"), tr("Description"), tr("Impact")});
        for (const ContributingFactor& f : pm.factors)
            out << Markdown::tableRow({f.factor, f.description, f.impact});
    }

    section(tr("Mitigation and recovery"));
    textOr(pm.mitigation, tr("the steps that stopped the impact and restored service, with their times."),
           QStringLiteral("mitigation"));
    eventsOfKind(EventKind::Action, tr("Actions recorded"));

    section(tr("Action items"));
    const QStringList followUps = scenarioLines(QStringLiteral("actionItems"));
    if (pm.actionItems.isEmpty() && followUps.isEmpty()) {
        out << placeholder(tr("follow-up work with an owner, a priority (P0-P3), a due date and a status."));
    } else if (pm.actionItems.isEmpty()) {
        out << followUps;
    } else {
        out << Markdown::tableHeader({tr("Action item"), tr("Owner"), tr("Priority"), tr("Due"), tr("Status")});
        for (const ActionItem& a : pm.actionItems)
            out << Markdown::tableRow({a.text, a.owner, a.priority, a.due, a.status});
        if (!followUps.isEmpty())
            out << QString() << followUps;
    }

    section(tr("Lessons learned"));
    const QList<QPair<QString, QStringList>> lessons = {
        {tr("What went well"), pm.wentWell},
        {tr("What went wrong"), pm.wentWrong},
        {tr("Where we got lucky"), pm.lucky},
    };
    for (const auto& [heading, entries] : lessons) {
        out << QStringLiteral("### ") + heading << QString();
        if (entries.isEmpty())
            out << placeholder(tr("one lesson per line."));
        else
            numbered(out, entries);
        out << QString();
    }
    return out.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}
