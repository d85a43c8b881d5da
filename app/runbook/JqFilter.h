#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// The "| jq EXPR" of a runbook command, evaluated by libjq on the response. Programs that could read
// the environment, files or other inputs are refused: an extraction may only look at the answer.
class JqFilter
{
    Q_DECLARE_TR_FUNCTIONS(JqFilter)
public:
    static bool isAllowed(const QString& program, QString* why);
    // Each output on its own line; strings raw (like jq -r), everything else as compact JSON.
    static std::optional<QString> run(const QString& program, const QByteArray& json, QString* error);
};
