#include "PostmortemJson.h"

#include <QJsonArray>

namespace {
QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject PostmortemJson::toJson(const PostmortemFields& f)
{
    QJsonArray whys;
    for (const FiveWhy& w : f.whys)
        whys.append(QJsonObject{{QStringLiteral("question"), w.question}, {QStringLiteral("answer"), w.answer}});
    QJsonArray factors;
    for (const ContributingFactor& c : f.factors)
        factors.append(QJsonObject{{QStringLiteral("factor"), c.factor},
                                   {QStringLiteral("description"), c.description},
                                   {QStringLiteral("impact"), c.impact}});
    QJsonArray actions;
    for (const ActionItem& a : f.actionItems)
        actions.append(QJsonObject{{QStringLiteral("text"), a.text},
                                   {QStringLiteral("owner"), a.owner},
                                   {QStringLiteral("priority"), a.priority},
                                   {QStringLiteral("due"), a.due},
                                   {QStringLiteral("status"), a.status}});
    QJsonArray scenarios;
    for (const ScenarioWriteUp& w : f.scenarios) {
        QJsonArray entries;
        for (const ScenarioEntry& e : w.entries)
            entries.append(QJsonObject{{QStringLiteral("section"), e.section},
                                       {QStringLiteral("label"), e.label},
                                       {QStringLiteral("text"), e.text}});
        scenarios.append(QJsonObject{{QStringLiteral("templateId"), w.templateId},
                                     {QStringLiteral("title"), w.title},
                                     {QStringLiteral("entries"), entries}});
    }
    return QJsonObject{
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("summary"), f.summary},
        {QStringLiteral("impact"), f.impact},
        {QStringLiteral("detection"), f.detection},
        {QStringLiteral("rootCause"), f.rootCause},
        {QStringLiteral("whys"), whys},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("mitigation"), f.mitigation},
        {QStringLiteral("actionItems"), actions},
        {QStringLiteral("wentWell"), strings(f.wentWell)},
        {QStringLiteral("wentWrong"), strings(f.wentWrong)},
        {QStringLiteral("lucky"), strings(f.lucky)},
    };
}

PostmortemFields PostmortemJson::fromJson(const QJsonObject& o)
{
    PostmortemFields f;
    f.summary = str(o, "summary");
    f.impact = str(o, "impact");
    f.detection = str(o, "detection");
    f.rootCause = str(o, "rootCause");
    f.mitigation = str(o, "mitigation");
    for (const QJsonValue& v : o.value(QLatin1String("whys")).toArray())
        f.whys.append({str(v.toObject(), "question"), str(v.toObject(), "answer")});
    for (const QJsonValue& v : o.value(QLatin1String("factors")).toArray())
        f.factors.append({str(v.toObject(), "factor"), str(v.toObject(), "description"), str(v.toObject(), "impact")});
    for (const QJsonValue& v : o.value(QLatin1String("actionItems")).toArray()) {
        const QJsonObject a = v.toObject();
        f.actionItems.append({str(a, "text"), str(a, "owner"), str(a, "priority"), str(a, "due"), str(a, "status")});
    }
    f.wentWell = strings(o.value(QLatin1String("wentWell")));
    f.wentWrong = strings(o.value(QLatin1String("wentWrong")));
    f.lucky = strings(o.value(QLatin1String("lucky")));
    for (const QJsonValue& v : o.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject w = v.toObject();
        ScenarioWriteUp writeUp{str(w, "templateId"), str(w, "title"), {}};
        for (const QJsonValue& e : w.value(QLatin1String("entries")).toArray())
            writeUp.entries.append({str(e.toObject(), "section"), str(e.toObject(), "label"), str(e.toObject(), "text")});
        f.scenarios.append(writeUp);
    }
    return f;
}
