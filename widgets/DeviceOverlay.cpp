#include "DeviceOverlay.h"

#include <QPainter>
#include <QtMath>
#include <cstring>

double DeviceOverlay::begin(const QPainter* painter, const QRect& area)
{
    m_area = area;
    m_scale = painter->deviceTransform().m11() > 0 ? painter->deviceTransform().m11() : 1.0;
    const QSize deviceSize(qCeil(area.width() * m_scale), qCeil(area.height() * m_scale));
    if (m_image.size() != deviceSize) {
        m_image = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::transparent);
        m_touched = QRect();
    }
    m_image.setDevicePixelRatio(m_scale);
    const int bytes = m_touched.width() * 4;
    for (int row = m_touched.top(); row <= m_touched.bottom(); ++row)
        std::memset(m_image.scanLine(row) + m_touched.left() * 4, 0, static_cast<size_t>(bytes));
    m_touched = QRect();
    return m_scale;
}

void DeviceOverlay::blend(QPainter* painter)
{
    m_touched &= QRect(QPoint(0, 0), m_image.size());
    if (m_touched.isEmpty())
        return;
    const QRectF target(m_area.left() + m_touched.left() / m_scale, m_area.top() + m_touched.top() / m_scale,
                        m_touched.width() / m_scale, m_touched.height() / m_scale);
    painter->drawImage(target, m_image, QRectF(m_touched));
}
