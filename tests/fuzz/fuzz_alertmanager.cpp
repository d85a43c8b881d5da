// Any bytes as Alertmanager's /api/v2/alerts/groups answer: the reader must not crash; what it accepts
// counts each alert once, keeps no more than the cap, and every kept alert's timeline key gives its
// labels back exactly.
#include "AlertmanagerAlert.h"
#include "AttachedAlerts.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const int cap : {3, AlertmanagerJson::DefaultCap}) {
        QString error;
        const auto snapshot = AlertmanagerJson::parseGroups(body, cap, &error);
        if (!snapshot) {
            if (error.isEmpty())
                __builtin_trap(); // a refusal says why
            continue;
        }
        if (snapshot->keptAlerts > snapshot->totalAlerts || snapshot->keptAlerts > cap)
            __builtin_trap();
        QSet<QString> distinct;
        for (const AmGroup& group : snapshot->groups) {
            for (const AmAlert& alert : group.alerts) {
                distinct.insert(alert.fingerprint);
                if (AttachedAlerts::labelsOfKey(alert.ref(true).seriesKey) != alert.labels)
                    __builtin_trap();
            }
        }
        if (distinct.size() != snapshot->keptAlerts)
            __builtin_trap();
    }
    return 0;
}
