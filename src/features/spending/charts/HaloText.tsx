// SVG text over a white outline of itself, so labels stay readable over grid lines and fills.
// Drawn as two texts rather than with paint-order, which not every SVG renderer supports.
import type { SVGProps } from 'react'

export function HaloText({ children, ...props }: SVGProps<SVGTextElement>) {
  return (
    <>
      <text {...props} stroke="#ffffff" strokeWidth={3} strokeLinejoin="round" aria-hidden="true">
        {children}
      </text>
      <text {...props}>{children}</text>
    </>
  )
}
