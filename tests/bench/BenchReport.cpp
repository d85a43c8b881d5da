#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

QString BenchTarget::text() const
{
    return (direction == AtMost ? QStringLiteral("<= ") : QStringLiteral(">= ")) + QString::number(limit) +
           (unit == QLatin1String("x") ? unit : QLatin1Char(' ') + unit);
}

BenchReport::BenchReport(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--json")
            m_jsonPath = QString::fromLocal8Bit(argv[i + 1]);
    }
}

void BenchReport::add(const QString& name, double value, const QString& unit, std::optional<BenchTarget> target)
{
    m_rows.append({name, value, unit, {}, std::nullopt, target});
}

void BenchReport::addWithPeer(const QString& name, double value, const QString& unit, const QString& peer,
                              double peerValue, std::optional<BenchTarget> target)
{
    m_rows.append({name, value, unit, peer, peerValue, target});
}

double BenchReport::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}

int BenchReport::missedTargets() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const Row& r) { return r.target && !r.target->metBy(r.value); }));
}

int BenchReport::finish() const
{
    std::printf("%-60s %12s %-8s %-34s %12s  %s\n", "benchmark", "value", "unit", "peer", "peer value", "target");
    QJsonArray json;
    for (const Row& r : m_rows) {
        const QString target = r.target ? r.target->text() + (r.target->metBy(r.value) ? QStringLiteral("  met")
                                                                                       : QStringLiteral("  MISSED"))
                                        : QString();
        std::printf("%-60s %12.3f %-8s %-34s %12s  %s\n", qPrintable(r.name), r.value, qPrintable(r.unit),
                    qPrintable(r.peer), r.peerValue ? qPrintable(QString::number(*r.peerValue, 'f', 3)) : "",
                    qPrintable(target));
        QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("value"), r.value}, {QStringLiteral("unit"), r.unit}};
        if (r.peerValue) {
            o.insert(QStringLiteral("peer"), r.peer);
            o.insert(QStringLiteral("peer_value"), *r.peerValue);
        }
        json.append(o);
    }
    std::fflush(stdout);
    if (!m_jsonPath.isEmpty()) {
        QFile file(m_jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(m_jsonPath), qPrintable(file.errorString()));
            return 1;
        }
    }
    if (const int missed = missedTargets()) {
        std::fprintf(stderr, "%d target(s) missed\n", missed);
        return 1;
    }
    return 0;
}
