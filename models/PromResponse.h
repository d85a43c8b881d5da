#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <vector>

// One decoded Prometheus series: label set plus sample times (seconds) and values (NaN is a gap).
struct PromSeries
{
    QMap<QString, QString> labels;
    std::vector<double> times;
    std::vector<double> values;
};

// The decoded body of /api/v1/query or /api/v1/query_range, including the error envelope.
struct PromResponse
{
    bool success = false;
    QString errorType;
    QString error;
    QStringList warnings;
    QString resultType; // matrix, vector, scalar or string
    QList<PromSeries> series;
    bool truncated = false; // the JSON ended early (set with a decode error)

    QString describeError() const;
};
Q_DECLARE_METATYPE(PromResponse)

class PromResponseText
{
    Q_DECLARE_TR_FUNCTIONS(PromResponseText)
public:
    static QString errorTypeInWords(const QString& errorType);
    static QString advice(const QString& errorType);
    // "{{instance}} {{job}}" filled from the labels; without a template, the label set as PromQL shows it.
    static QString legend(const QString& legendTemplate, const QMap<QString, QString>& labels);
};
