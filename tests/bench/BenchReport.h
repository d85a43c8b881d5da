#pragma once

#include <QList>
#include <QString>
#include <optional>

// Collects benchmark figures; prints a table and writes the --json list of
// {"name", "value", "unit", "peer", "peer_value"} objects.
class BenchReport
{
public:
    BenchReport(int argc, char** argv);

    void add(const QString& name, double value, const QString& unit, const QString& target = {});
    void addWithPeer(const QString& name, double value, const QString& unit, const QString& peer, double peerValue,
                     const QString& target = {});
    int finish() const; // prints, writes JSON; returns the process exit code

    static double median(QList<double> samples);

private:
    struct Row
    {
        QString name;
        double value;
        QString unit;
        QString peer;
        std::optional<double> peerValue;
        QString target;
    };
    QList<Row> m_rows;
    QString m_jsonPath;
};
