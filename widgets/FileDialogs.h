#pragma once

#include <QString>

class QWidget;

// File choosers with a test seam: a test queues the answer instead of driving a native dialog.
namespace FileDialogs {
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
void setNextSaveFileName(const QString& path);
QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
void setNextOpenFileName(const QString& path);
} // namespace FileDialogs
