#pragma once

#include "HttpTypes.h"
#include "PromResponse.h"

#include <QCoreApplication>
#include <QUrl>

struct PrometheusAuth
{
    QString bearerTokenEnv;
    QString basicUserEnv;
    QString basicPasswordEnv;
};

// Builds Prometheus HTTP API requests (decoded on the worker) and puts their outcomes into words.
class PrometheusClient
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusClient)
public:
    static constexpr int MaxPointsPerSeries = 11'000; // Prometheus refuses more

    // The smallest step (whole seconds, at least minStep) that keeps a range under the point limit.
    static double chooseStep(double startSec, double endSec, double minStepSec);

    static HttpRequest rangeQuery(const QUrl& base, const QString& promql, double startSec, double endSec,
                                  double stepSec, const PrometheusAuth& auth, int deadlineMs);
    static HttpRequest instantQuery(const QUrl& base, const QString& promql, double timeSec,
                                    const PrometheusAuth& auth, int deadlineMs);

    // What a panel shows: the error envelope, an HTML page, a refused connection, an empty result...
    // Empty when the result is good data.
    static QString problem(const HttpResult& result);
    static PromResponse response(const HttpResult& result);
};
