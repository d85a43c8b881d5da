#pragma once

#include <QString>
#include <memory>

class QFileDialog;
class QWidget;

// File choosers with a test seam: a test queues the answer instead of driving a native dialog.
// Every chooser is Qt's own dialog with an icon provider that reads no file: MIME sniffing would open
// and close the incident store's files, and any close() in this process drops SQLite's POSIX locks.
namespace FileDialogs {
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
void setNextSaveFileName(const QString& path);
QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
void setNextOpenFileName(const QString& path);
std::unique_ptr<QFileDialog> create(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter);
} // namespace FileDialogs
