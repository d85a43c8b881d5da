#include "CommandKeys.h"

#include <QKeyEvent>

CommandKeys::CommandKeys(QObject* parent)
    : QObject(parent)
{
}

void CommandKeys::add(const QKeySequence& key)
{
    m_keys << key;
}

bool CommandKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (m_keys.contains(QKeySequence(key->keyCombination()))) {
            event->ignore(); // not overridden: the shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
