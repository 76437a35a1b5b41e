// What the baseline page sets once its map has rendered (the app has window.__qatysuMap.idle()).
export const RENDERED_MARK = 'data-map-rendered'
