#pragma once

#include "AlertEvaluator.h"

#include <QHash>
#include <QList>

// The alerts firing now, folded from the evaluator's transitions; an alert is its panel, series and rule.
class FiringAlerts
{
public:
    void apply(const QList<AlertTransition>& transitions);
    void clear() { m_firing.clear(); }
    bool isEmpty() const { return m_firing.isEmpty(); }
    QList<AlertTransition> list() const; // critical first, then the longest firing first

private:
    static QString keyOf(const AlertTransition& transition);
    QHash<QString, AlertTransition> m_firing;
};
