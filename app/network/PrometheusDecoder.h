#pragma once

#include "PromResponse.h"

#include <QByteArray>
#include <QCoreApplication>

// Prometheus JSON to doubles with simdjson, on the worker thread. Pure: bytes in, value out.
class PrometheusDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusDecoder)
public:
    static PromResponse decode(const QByteArray& body, QString* error);
    // Sample values are strings: "1.5", "NaN", "+Inf", "-Inf".
    static double parseValue(const char* begin, const char* end, bool* ok);
};
