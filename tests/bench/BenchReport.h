#pragma once

#include <QList>
#include <QString>
#include <optional>

// What a figure has to reach: printed beside it, and a miss makes the program exit 1.
struct BenchTarget
{
    enum Direction { AtMost, AtLeast };
    Direction direction = AtMost;
    double limit = 0;
    QString unit;

    static BenchTarget atMost(double limit, const QString& unit) { return {AtMost, limit, unit}; }
    static BenchTarget atLeast(double limit, const QString& unit) { return {AtLeast, limit, unit}; }
    bool metBy(double value) const { return direction == AtMost ? value <= limit : value >= limit; }
    QString text() const;
};

// Collects benchmark figures; prints a table and writes the --json list of
// {"name", "value", "unit", "peer", "peer_value"} objects.
class BenchReport
{
public:
    BenchReport(int argc, char** argv);

    void add(const QString& name, double value, const QString& unit, std::optional<BenchTarget> target = {});
    void addWithPeer(const QString& name, double value, const QString& unit, const QString& peer, double peerValue,
                     std::optional<BenchTarget> target = {});
    // Prints, writes JSON; returns the process exit code: 1 when a target is missed or the JSON cannot be written.
    int finish() const;
    int missedTargets() const;

    static double median(QList<double> samples);

private:
    struct Row
    {
        QString name;
        double value;
        QString unit;
        QString peer;
        std::optional<double> peerValue;
        std::optional<BenchTarget> target;
    };
    QList<Row> m_rows;
    QString m_jsonPath;
};
