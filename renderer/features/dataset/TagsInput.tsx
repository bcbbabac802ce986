/**
 * Tags as removable chips plus a box: Enter or comma adds, Backspace on empty
 * removes the last. Tags of a tag vocabulary (a portal's controlled list) are
 * marked: they keep their vocabulary when saved, a tag typed anew is free.
 */
import { useRef, useState } from 'react'
import { parseTags } from '../../lib/draft-fields.ts'

type TagsInputProps = {
  id: string
  tags: string[]
  /** Names of the loaded tags that belong to a vocabulary. */
  vocabularyTags?: ReadonlySet<string>
  onChange(tags: string[]): void
  'aria-invalid': boolean
  'aria-describedby'?: string
}

/** The tag editor. */
export function TagsInput({ id, tags, vocabularyTags, onChange, ...aria }: TagsInputProps) {
  const [text, setText] = useState('')
  const box = useRef<HTMLInputElement>(null)
  const commit = () => {
    const added = parseTags(text).filter((tag) => !tags.includes(tag))
    if (added.length) onChange([...tags, ...added])
    setText('')
  }
  return (
    <div className="tags-input">
      {tags.map((tag) => (
        <span key={tag} className={vocabularyTags?.has(tag) ? 'chip chip-vocabulary' : 'chip'} title={vocabularyTags?.has(tag) ? 'In a tag vocabulary' : undefined}>
          {tag}
          <button
            type="button"
            aria-label={`Remove tag ${tag}`}
            onClick={() => {
              onChange(tags.filter((t) => t !== tag))
              box.current?.focus() // the button goes with its chip: keep the keyboard in the tags
            }}
          >
            ×
          </button>
        </span>
      ))}
      <input
        ref={box}
        id={id}
        {...aria}
        value={text}
        placeholder={tags.length ? '' : 'Add tags, separated by commas'}
        onChange={(event) => {
          if (event.target.value.includes(',')) {
            const added = parseTags(event.target.value).filter((tag) => !tags.includes(tag))
            if (added.length) onChange([...tags, ...added])
            setText('')
          } else setText(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          } else if (event.key === 'Backspace' && text === '' && tags.length) onChange(tags.slice(0, -1))
        }}
        onBlur={commit}
      />
    </div>
  )
}
