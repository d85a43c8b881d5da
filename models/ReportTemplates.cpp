#include "ReportTemplates.h"

#include "Localized.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace {
QList<TemplateField> fields(const QJsonValue& value, const QString& language)
{
    QList<TemplateField> out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject f = v.toObject();
        out.append({f.value(QLatin1String("id")).toString(), localizedText(f.value(QLatin1String("label")), language),
                    f.value(QLatin1String("section")).toString()});
    }
    return out;
}

QJsonArray rootArray(const QByteArray& json, const char* key, QString* error, bool* ok)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    *ok = !doc.isNull() && doc.object().value(QLatin1String(key)).isArray();
    if (doc.isNull())
        *error = ReportTemplates::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
    else if (!*ok)
        *error = ReportTemplates::tr("there is no \"%1\" list").arg(QString::fromLatin1(key));
    return doc.object().value(QLatin1String(key)).toArray();
}
// A team's entries replace the shipped ones with the same key; new ones are added.
template <typename T, typename Key>
void replaceByKey(QList<T>& list, const QList<T>& own, Key key)
{
    for (const T& entry : own) {
        auto it = std::find_if(list.begin(), list.end(), [&](const T& e) { return key(e) == key(entry); });
        if (it != list.end())
            *it = entry;
        else
            list.append(entry);
    }
}

template <typename T, typename Key, typename Value>
const T* findByKey(const QList<T>& list, Key key, const Value& value)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T& e) { return key(e) == value; });
    return it != list.end() ? &*it : nullptr;
}
} // namespace

bool ReportTemplates::parseReports(const QByteArray& json, const QString& language, QList<SevReportTemplate>* out,
                                   QString* error)
{
    bool ok = false;
    const QJsonArray list = rootArray(json, "reports", error, &ok);
    if (!ok)
        return false;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const auto severity = SeverityInfo::fromNumber(o.value(QLatin1String("severity")).toInt());
        if (!severity) {
            *error = tr("a report has no \"severity\" of 1, 2 or 3");
            return false;
        }
        SevReportTemplate t;
        t.severity = *severity;
        t.definition = localizedText(o.value(QLatin1String("definition")), language);
        t.cadenceMinutes = o.value(QLatin1String("cadenceMinutes")).toInt(0);
        t.fields = fields(o.value(QLatin1String("fields")), language);
        const QJsonObject formats = o.value(QLatin1String("formats")).toObject();
        for (auto it = formats.constBegin(); it != formats.constEnd(); ++it)
            t.formats.insert(it.key(), localizedText(it.value(), language));
        if (o.contains(QLatin1String("format"))) // the layout before audiences: the internal text
            t.formats.insert(Internal, localizedText(o.value(QLatin1String("format")), language));
        t.format = t.formats.value(Internal);
        if (t.cadenceMinutes <= 0 || t.format.isEmpty()) {
            *error = tr("the %1 report needs a positive \"cadenceMinutes\" and a \"format\"").arg(SeverityInfo::label(t.severity));
            return false;
        }
        out->append(t);
    }
    return true;
}

bool ReportTemplates::parseAudiences(const QByteArray& json, const QString& language, QList<ReportAudience>* out,
                                     QString* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.object().contains(QLatin1String("audiences"))) {
        if (out->isEmpty())
            out->append({Internal, tr("Internal"), QString(), {}});
        return true;
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("audiences")).toArray()) {
        const QJsonObject o = v.toObject();
        ReportAudience a;
        a.id = o.value(QLatin1String("id")).toString();
        a.label = localizedText(o.value(QLatin1String("label")), language);
        a.description = localizedText(o.value(QLatin1String("description")), language);
        for (const QJsonValue& w : o.value(QLatin1String("withholds")).toArray())
            a.withheld << w.toString();
        if (a.id.isEmpty() || a.label.isEmpty()) {
            *error = tr("an audience needs an \"id\" and a \"label\"");
            return false;
        }
        out->append(a);
    }
    return true;
}

bool ReportTemplates::parseScenarios(const QByteArray& json, const QString& language, QList<ScenarioTemplate>* out,
                                     QString* error)
{
    bool ok = false;
    const QJsonArray list = rootArray(json, "scenarios", error, &ok);
    if (!ok)
        return false;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        ScenarioTemplate t;
        t.id = o.value(QLatin1String("id")).toString();
        t.title = localizedText(o.value(QLatin1String("title")), language);
        t.fields = fields(o.value(QLatin1String("fields")), language);
        if (t.id.isEmpty() || t.fields.isEmpty()) {
            *error = tr("a scenario needs an \"id\" and \"fields\"");
            return false;
        }
        out->append(t);
    }
    return true;
}

void ReportTemplates::overrideReports(const QList<SevReportTemplate>& own)
{
    replaceByKey(reports, own, [](const SevReportTemplate& t) { return t.severity; });
}

void ReportTemplates::overrideScenarios(const QList<ScenarioTemplate>& own)
{
    replaceByKey(scenarios, own, [](const ScenarioTemplate& t) { return t.id; });
}

void ReportTemplates::overrideAudiences(const QList<ReportAudience>& own)
{
    replaceByKey(audiences, own, [](const ReportAudience& a) { return a.id; });
}

const ReportAudience* ReportTemplates::audience(const QString& id) const
{
    return findByKey(audiences, [](const ReportAudience& a) { return a.id; }, id);
}

QString SevReportTemplate::formatFor(const QString& audience) const
{
    return formats.value(audience, audience == ReportTemplates::Internal ? format : QString());
}

const QRegularExpression& ReportTemplates::placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([a-zA-Z0-9_]+)\\s*\\}\\}"));
    return pattern;
}

QString ReportTemplates::problem() const
{
    for (const SevReportTemplate& report : reports) {
        for (const ReportAudience& a : audiences) {
            const QString format = report.formatFor(a.id);
            if (format.isEmpty())
                continue; // that audience is simply not offered for this SEV
            auto it = placeholder().globalMatch(format);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (a.withheld.contains(name))
                    return tr("the %1 report's text for the %2 audience uses {{%3}}, which that audience never receives")
                        .arg(SeverityInfo::label(report.severity), a.id, name);
            }
        }
    }
    return {};
}

const SevReportTemplate* ReportTemplates::report(Severity severity) const
{
    return findByKey(reports, [](const SevReportTemplate& t) { return t.severity; }, severity);
}

const ScenarioTemplate* ReportTemplates::scenario(const QString& id) const
{
    return findByKey(scenarios, [](const ScenarioTemplate& t) { return t.id; }, id);
}

void ReportTemplates::applyToSeverities() const
{
    for (const SevReportTemplate& t : reports)
        SeverityInfo::configure(t.severity, t.definition, t.cadenceMinutes);
}
