#include "Checklist.h"

#include "RunbookProgress.h"

#include "Localized.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

std::optional<ChecklistDefinition> ChecklistDefinition::fromJson(const QByteArray& json, const QString& language,
                                                                 QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    ChecklistDefinition def;
    def.id = root.value(QLatin1String("id")).toString();
    def.title = localizedText(root.value(QLatin1String("title")), language);
    const QJsonArray phases = root.value(QLatin1String("phases")).toArray();
    if (phases.isEmpty())
        return fail(tr("the checklist has no \"phases\""));
    QSet<QString> seen;
    for (const QJsonValue& phaseValue : phases) {
        const QJsonObject phaseObject = phaseValue.toObject();
        ChecklistPhase phase;
        phase.id = phaseObject.value(QLatin1String("id")).toString();
        phase.title = localizedText(phaseObject.value(QLatin1String("title")), language);
        if (phase.id.isEmpty())
            return fail(tr("a phase has no \"id\""));
        for (const QJsonValue& itemValue : phaseObject.value(QLatin1String("items")).toArray()) {
            const QJsonObject itemObject = itemValue.toObject();
            ChecklistItem item{itemObject.value(QLatin1String("id")).toString(),
                               localizedText(itemObject.value(QLatin1String("text")), language)};
            if (item.id.isEmpty() || item.text.isEmpty())
                return fail(tr("an item of phase \"%1\" has no \"id\" or \"text\"").arg(phase.id));
            if (seen.contains(item.id))
                return fail(tr("the item id \"%1\" appears twice").arg(item.id));
            seen.insert(item.id);
            phase.items.append(item);
        }
        def.phases.append(phase);
    }
    return def;
}

int ChecklistDefinition::phaseIndex(const QString& phaseId) const
{
    for (int i = 0; i < phases.size(); ++i) {
        if (phases.at(i).id == phaseId)
            return i;
    }
    return -1;
}

QString ChecklistDefinition::phaseTitle(const QString& phaseId) const
{
    // A runbook step's run is named by its runbook, wherever phases are shown (timeline, post-mortem).
    if (RunbookProgress::isRunbookPhase(phaseId))
        return RunbookProgress::phaseTitle(phaseId);
    const int index = phaseIndex(phaseId);
    return index < 0 ? phaseId : phases.at(index).title;
}

const ChecklistItem* ChecklistDefinition::item(const QString& itemId, int* phaseIndexOut) const
{
    for (int p = 0; p < phases.size(); ++p) {
        for (const ChecklistItem& candidate : phases.at(p).items) {
            if (candidate.id == itemId) {
                if (phaseIndexOut)
                    *phaseIndexOut = p;
                return &candidate;
            }
        }
    }
    return nullptr;
}

int ChecklistDefinition::itemCount() const
{
    int count = 0;
    for (const ChecklistPhase& phase : phases)
        count += phase.items.size();
    return count;
}
