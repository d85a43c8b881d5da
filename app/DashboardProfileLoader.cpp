#include "DashboardProfileLoader.h"

#include "BoundedFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace {
// A profile is a page of YAML; a team's Prometheus rule files can be long, but not this long.
constexpr qint64 MaxProfileBytes = BoundedFile::MiB;
constexpr qint64 MaxRulesBytes = 4 * BoundedFile::MiB;

QString text(const YAML::Node& node, const char* key, const QString& fallback = {})
{
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? QString::fromStdString(value.as<std::string>()) : fallback;
}

QString normalizedQuery(const QString& query)
{
    QString out = query;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

struct Failure
{
    QString message;
    int line;
};

// A runbook_url that names a file beside the rules (or profile) becomes that file's path; anything else
// (a URL, a name to find in the runbook folder) stays as written.
QString runbookUrlBeside(const QString& url, const QString& besidePath)
{
    if (url.isEmpty() || url.contains(QLatin1String("://")) || QFileInfo(url).isAbsolute() || besidePath.startsWith(QLatin1Char(':')))
        return url;
    const QString beside = QFileInfo(besidePath).dir().filePath(url);
    return QFileInfo(beside).isFile() ? QFileInfo(beside).absoluteFilePath() : url;
}

// Prometheus' keep_firing_for (2.42 and later) on a rule or a profile's threshold; 0 when absent.
qint64 keepFiringFor(const YAML::Node& node)
{
    const YAML::Node value = node["keep_firing_for"];
    if (!value)
        return 0;
    const auto ms = DashboardProfileLoader::parseDuration(QString::fromStdString(value.as<std::string>()));
    if (!ms)
        throw Failure{DashboardProfileLoader::tr("\"keep_firing_for\" is not a duration such as 5m"), value.Mark().line + 1};
    return *ms;
}
// alertmanager: URL, or a mapping with url, auth, headers, refresh and severity (label value -> SEV).
AlertmanagerSource alertmanagerOf(const YAML::Node& node)
{
    AlertmanagerSource source;
    const YAML::Node map = node.IsScalar() ? YAML::Node() : node;
    const QString url = node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : text(node, "url");
    source.url = QUrl(url, QUrl::StrictMode);
    if (!source.url.isValid() || !source.url.scheme().startsWith(QLatin1String("http")))
        throw Failure{DashboardProfileLoader::tr("\"alertmanager\" needs an http:// or https:// URL, not \"%1\"").arg(url),
                      node.Mark().line + 1};
    if (!map)
        return source;
    if (const YAML::Node auth = map["auth"]) {
        source.bearerTokenEnv = text(auth, "bearer_token_env");
        source.basicUserEnv = text(auth, "basic_user_env");
        source.basicPasswordEnv = text(auth, "basic_password_env");
    }
    if (const YAML::Node headers = map["headers"]; headers && headers.IsMap()) {
        for (const auto& h : headers)
            source.headers.append({QString::fromStdString(h.first.as<std::string>()),
                                   QString::fromStdString(h.second.as<std::string>())});
    }
    if (const YAML::Node refresh = map["refresh"]) {
        const auto ms = DashboardProfileLoader::parseDuration(QString::fromStdString(refresh.as<std::string>()));
        if (!ms || *ms < 200)
            throw Failure{DashboardProfileLoader::tr("\"refresh\" of alertmanager is not a duration of at least 200ms"),
                          refresh.Mark().line + 1};
        source.refreshMs = int(*ms);
    }
    if (const YAML::Node severities = map["severity"]; severities && severities.IsMap()) {
        for (const auto& s : severities) {
            const QString sev = QString::fromStdString(s.second.as<std::string>());
            const auto severity = SeverityInfo::parse(sev);
            if (!severity)
                throw Failure{DashboardProfileLoader::tr("\"%1\" is not a SEV (1, 2, 3 or SEV-1 ...)").arg(sev),
                              s.second.Mark().line + 1};
            source.severities.set(QString::fromStdString(s.first.as<std::string>()), *severity);
        }
    }
    return source;
}
} // namespace

std::optional<qint64> DashboardProfileLoader::parseDuration(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d|w|y)"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("0"))
        return 0;
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return std::nullopt;
        at = m.capturedEnd();
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 ms = unit == QLatin1String("ms") ? 1
                          : unit == QLatin1String("s") ? 1000
                          : unit == QLatin1String("m") ? 60'000
                          : unit == QLatin1String("h") ? 3'600'000
                          : unit == QLatin1String("d") ? 86'400'000
                          : unit == QLatin1String("w") ? 604'800'000
                                                       : 31'536'000'000;
        total += n * ms;
    }
    return at == t.size() ? std::optional<qint64>(total) : std::nullopt;
}

bool DashboardProfileLoader::splitComparison(const QString& expr, QString* query, bool* above, double* value,
                                             bool* inclusive)
{
    // The last comparison outside brackets and quotes; PromQL's own parser is not available in C++.
    int depth = 0;
    QChar quote;
    int opAt = -1, opLength = 0;
    for (int i = 0; i < expr.size(); ++i) {
        const QChar c = expr.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`'))
            quote = c;
        else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        else if (depth == 0 && (c == QLatin1Char('>') || c == QLatin1Char('<'))) {
            opAt = i;
            opLength = i + 1 < expr.size() && expr.at(i + 1) == QLatin1Char('=') ? 2 : 1;
            *above = c == QLatin1Char('>');
            if (inclusive)
                *inclusive = opLength == 2;
            i += opLength - 1;
        }
    }
    if (opAt < 0)
        return false;
    bool ok = false;
    QString right = expr.mid(opAt + opLength).trimmed();
    if (right.startsWith(QLatin1String("bool ")))
        right = right.mid(5).trimmed();
    *value = right.toDouble(&ok);
    *query = expr.left(opAt).trimmed();
    return ok && !query->isEmpty();
}

std::optional<DashboardProfile> DashboardProfileLoader::load(const QString& path, QString* error, QStringList* notes)
{
    QString readError;
    const std::optional<QByteArray> text = BoundedFile::read(path, MaxProfileBytes, &readError);
    if (!text) {
        *error = tr("The dashboard profile cannot be used: %1").arg(readError);
        return std::nullopt;
    }
    auto profile = parse(*text, path, error);
    if (!profile)
        return std::nullopt;
    for (const QString& rulesFile : profile->alertRuleFiles) {
        const QString rulesPath = QFileInfo(rulesFile).isAbsolute() || rulesFile.startsWith(QLatin1Char(':'))
                                      ? rulesFile
                                      : QFileInfo(path).dir().filePath(rulesFile);
        const std::optional<QByteArray> rules = BoundedFile::read(rulesPath, MaxRulesBytes, &readError);
        if (!rules) {
            *error = tr("The alerting rules named by %1 cannot be used: %2").arg(path, readError);
            return std::nullopt;
        }
        const auto parsed = parseRules(*rules, rulesPath, error, notes);
        if (!parsed)
            return std::nullopt;
        const QStringList unmatched = applyRules(*profile, *parsed);
        if (notes) {
            for (const QString& name : unmatched)
                *notes << tr("%1: the alert %2 matches no panel's query, so no panel shows it.").arg(rulesPath, name);
        }
    }
    return profile;
}

std::optional<DashboardProfile> DashboardProfileLoader::parse(const QByteArray& bytes, const QString& path,
                                                              QString* error)
{
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap())
            throw Failure{tr("the profile must be a mapping with \"panels\""), 1};
        DashboardProfile profile;
        profile.name = text(root, "name", QFileInfo(path).baseName());
        profile.prometheus = QUrl(text(root, "prometheus", QStringLiteral("http://127.0.0.1:9090")));
        auto duration = [&](const YAML::Node& node, const char* key, int fallback) {
            const YAML::Node value = node[key];
            if (!value)
                return fallback;
            const auto ms = parseDuration(QString::fromStdString(value.as<std::string>()));
            if (!ms || *ms <= 0)
                throw Failure{tr("\"%1\" is not a duration such as 15s or 1m").arg(QString::fromLatin1(key)),
                              value.Mark().line + 1};
            return static_cast<int>(*ms);
        };
        profile.refreshMs = duration(root, "refresh", 15'000);
        profile.deadlineMs = duration(root, "timeout", 10'000);
        if (const YAML::Node auth = root["auth"]) {
            profile.bearerTokenEnv = text(auth, "bearer_token_env");
            profile.basicUserEnv = text(auth, "basic_user_env");
            profile.basicPasswordEnv = text(auth, "basic_password_env");
        }
        if (const YAML::Node am = root["alertmanager"])
            profile.alertmanager = alertmanagerOf(am);
        if (const YAML::Node rules = root["alert_rules"]) {
            for (const YAML::Node& r : rules)
                profile.alertRuleFiles << QString::fromStdString(r.as<std::string>());
        }
        const YAML::Node panels = root["panels"];
        if (!panels || !panels.IsSequence() || panels.size() == 0)
            throw Failure{tr("the profile has no \"panels\" list"), root.Mark().line + 1};
        for (const YAML::Node& p : panels) {
            PanelDefinition panel;
            panel.title = text(p, "title");
            panel.query = text(p, "query");
            panel.id = text(p, "id", panel.title);
            panel.unit = text(p, "unit");
            panel.legend = text(p, "legend");
            panel.prometheus = QUrl(text(p, "prometheus", profile.prometheus.toString()));
            panel.refreshMs = duration(p, "refresh", profile.refreshMs);
            if (panel.query.isEmpty() || panel.id.isEmpty())
                throw Failure{tr("a panel needs a \"query\" and a \"title\" or \"id\""), p.Mark().line + 1};
            for (const YAML::Node& t : p["thresholds"]) {
                Threshold threshold;
                const QString level = text(t, "level", QStringLiteral("warning"));
                if (level != QLatin1String("warning") && level != QLatin1String("critical"))
                    throw Failure{tr("a threshold's level is \"warning\" or \"critical\", not \"%1\"").arg(level),
                                  t.Mark().line + 1};
                threshold.level = level == QLatin1String("critical") ? ThresholdLevel::Critical : ThresholdLevel::Warning;
                const bool hasAbove = t["above"].IsDefined();
                if (!hasAbove && !t["below"].IsDefined())
                    throw Failure{tr("a threshold needs \"above\" or \"below\" with a number"), t.Mark().line + 1};
                threshold.above = hasAbove;
                threshold.value = (hasAbove ? t["above"] : t["below"]).as<double>();
                threshold.name = text(t, "name");
                if (t["for"]) {
                    const auto ms = parseDuration(QString::fromStdString(t["for"].as<std::string>()));
                    if (!ms)
                        throw Failure{tr("\"for\" is not a duration such as 2m"), t["for"].Mark().line + 1};
                    threshold.forMs = *ms;
                }
                threshold.keepFiringForMs = keepFiringFor(t);
                threshold.runbookUrl = runbookUrlBeside(text(t, "runbook_url"), path);
                if (threshold.keepFiringForMs > 0 && !threshold.alerts())
                    throw Failure{tr("\"keep_firing_for\" needs \"for\": only an alert keeps firing"),
                                  t["keep_firing_for"].Mark().line + 1};
                panel.thresholds << threshold;
            }
            profile.panels << panel;
        }
        return profile;
    } catch (const Failure& f) {
        *error = tr("The dashboard profile %1, line %2: %3.").arg(path).arg(f.line).arg(f.message);
    } catch (const YAML::Exception& e) {
        *error = tr("The dashboard profile %1, line %2: %3.")
                     .arg(path)
                     .arg(e.mark.line + 1)
                     .arg(QString::fromStdString(e.msg));
    }
    return std::nullopt;
}

std::optional<QList<DashboardProfileLoader::AlertRule>>
DashboardProfileLoader::parseRules(const QByteArray& bytes, const QString& path, QString* error, QStringList* notes)
{
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        // Prometheus' own layout (groups: [rules: ...]) or the bare list the runbooks quote.
        QList<YAML::Node> ruleNodes;
        if (root.IsMap() && root["groups"]) {
            for (const YAML::Node& group : root["groups"])
                for (const YAML::Node& rule : group["rules"])
                    ruleNodes << rule;
        } else if (root.IsSequence()) {
            for (const YAML::Node& rule : root)
                ruleNodes << rule;
        } else {
            throw Failure{tr("expected \"groups:\" or a list of rules"), 1};
        }
        QList<AlertRule> rules;
        for (const YAML::Node& node : ruleNodes) {
            if (!node["alert"])
                continue; // recording rules draw nothing
            AlertRule rule;
            rule.name = text(node, "alert");
            const QString expr = text(node, "expr");
            if (!splitComparison(expr, &rule.query, &rule.above, &rule.value, &rule.inclusive)) {
                if (notes)
                    *notes << tr("%1, line %2: the alert %3 is not \"<query> > <number>\"; it is not drawn.")
                                  .arg(path)
                                  .arg(node.Mark().line + 1)
                                  .arg(rule.name);
                continue;
            }
            if (node["for"]) {
                const auto ms = parseDuration(text(node, "for"));
                if (!ms)
                    throw Failure{tr("\"for\" is not a duration such as 2m"), node["for"].Mark().line + 1};
                rule.forMs = *ms;
            }
            rule.keepFiringForMs = keepFiringFor(node);
            if (node["annotations"])
                rule.runbookUrl = runbookUrlBeside(text(node["annotations"], "runbook_url"), path);
            const QString severity = node["labels"] ? text(node["labels"], "severity", text(node, "severity"))
                                                    : text(node, "severity");
            rule.level = severity == QLatin1String("critical") || severity == QLatin1String("page")
                             ? ThresholdLevel::Critical
                             : ThresholdLevel::Warning;
            rules << rule;
        }
        return rules;
    } catch (const Failure& f) {
        *error = tr("The alerting rules %1, line %2: %3.").arg(path).arg(f.line).arg(f.message);
    } catch (const YAML::Exception& e) {
        *error = tr("The alerting rules %1, line %2: %3.").arg(path).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
    }
    return std::nullopt;
}

QStringList DashboardProfileLoader::applyRules(DashboardProfile& profile, const QList<AlertRule>& rules)
{
    QStringList unmatched;
    for (const AlertRule& rule : rules) {
        bool matched = false;
        for (PanelDefinition& panel : profile.panels) {
            if (normalizedQuery(panel.query) != normalizedQuery(rule.query))
                continue;
            matched = true;
            panel.thresholds << Threshold{rule.level, rule.above, rule.value, rule.forMs, rule.name, rule.keepFiringForMs,
                                          rule.inclusive, rule.runbookUrl};
        }
        if (!matched)
            unmatched << rule.name;
    }
    return unmatched;
}
