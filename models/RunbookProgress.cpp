#include "RunbookProgress.h"

#include "Incident.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace {
// "runbook:<id>#<key>;ok" -> "runbook:<id>#<key>", true
std::pair<QString, bool> splitPhase(const QString& phase)
{
    const int semicolon = static_cast<int>(phase.lastIndexOf(QLatin1Char(';')));
    if (semicolon < 0)
        return {phase, false};
    return {phase.left(semicolon), phase.mid(semicolon + 1) == QLatin1String("ok")};
}
} // namespace

QString RunbookProgress::runbookId(const Runbook& runbook)
{
    const QString path = runbook.path;
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")))
        return path;
    return QFileInfo(path).fileName();
}

QList<QStringList> RunbookProgress::stepKeys(const Runbook& runbook)
{
    const QString base = QLatin1String(Prefix) + runbookId(runbook) + QLatin1Char('#');
    QList<QStringList> keys;
    QHash<QString, int> seen;
    for (const RunbookSection& section : runbook.sections) {
        QStringList sectionKeys;
        for (const RunbookStep& step : section.steps) {
            const QByteArray identity = (section.title + QLatin1Char('\x1f') + step.text + QLatin1Char('\x1f') + step.command).toUtf8();
            QString key = base + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(12));
            const int n = ++seen[key];
            if (n > 1)
                key += QLatin1Char('-') + QString::number(n);
            sectionKeys << key;
        }
        keys << sectionKeys;
    }
    return keys;
}

QString RunbookProgress::runPhase(const QString& stepKey, bool ok)
{
    return stepKey + (ok ? QStringLiteral(";ok") : QStringLiteral(";failed"));
}

QString RunbookProgress::phaseTitle(const QString& phase)
{
    const QString id = phase.mid(static_cast<int>(qstrlen(Prefix))).section(QLatin1Char('#'), 0, 0);
    return tr("Runbook %1").arg(id);
}

QHash<QString, RunbookProgress::StepState> RunbookProgress::read(const Incident& incident, const QList<QStringList>& keys)
{
    QHash<QString, StepState> states;
    QSet<QString> wanted;
    for (const QStringList& section : keys)
        for (const QString& key : section)
            wanted.insert(key);
    for (const QString& key : std::as_const(wanted))
        if (incident.isChecked(key))
            states[key].checked = true;
    for (const TimelineEvent& e : incident.events()) {
        if (e.kind != EventKind::Action || !isRunbookPhase(e.phase))
            continue;
        const auto [key, ok] = splitPhase(e.phase);
        if (!wanted.contains(key))
            continue;
        StepState& s = states[key];
        s.ran = true;
        s.ok = ok;
        s.result = e.text; // events are in time order: the last run wins
    }
    return states;
}
