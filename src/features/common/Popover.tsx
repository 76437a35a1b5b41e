// A button that opens a panel below it: closed again by the button, by Escape (focus goes back
// to the button) or by a press outside it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

export interface PopoverProps {
  /** The button's content. */
  label: ReactNode
  className: string
  /** The panel; `close` shuts it (after a successful action). */
  children(close: () => void, open: boolean): ReactNode
}

export function Popover({ label, className, children }: PopoverProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  return (
    <div
      className={className}
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-primary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={panelId} className="popover" hidden={!open}>
        {children(() => setOpen(false), open)}
      </div>
    </div>
  )
}
