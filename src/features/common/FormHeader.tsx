// The head of a form in the side panel: a way back, an optional kicker, and the title, which
// takes the focus when the form opens (so a screen reader announces where the reader is).
import { useEffect, useRef } from 'react'

export interface FormHeaderProps {
  backLabel: string
  onBack(): void
  kicker?: string
  title: string
}

export function FormHeader({ backLabel, onBack, kicker, title }: FormHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <header className="panel-header">
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {backLabel}
      </button>
      {kicker && <p className="panel-kicker">{kicker}</p>}
      <h2 className="panel-title" ref={headingRef} tabIndex={-1} id="item-title">
        {title}
      </h2>
    </header>
  )
}
