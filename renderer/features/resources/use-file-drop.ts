/**
 * Dropping files from the desktop onto a dataset: each file becomes a new
 * resource. Drops of anything but files (text, our own row drags) are ignored.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react'
import { reloadDataset } from '../../stores/draft.ts'
import { onUploadSettled, uploadFiles } from '../../stores/uploads.ts'
import { toast } from '../../stores/toasts.ts'

/** True when a drag carries files. */
export function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** Drop handlers for the dataset screen; `onDropped` runs after files were queued. */
export function useFileDrop(packageId: string | null, onDropped: () => void) {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)
  useEffect(() => {
    if (!packageId) return
    return onUploadSettled((job) => {
      if (job.packageId !== packageId) return
      if (job.state === 'done') void reloadDataset()
      if (job.state === 'failed') toast(`${job.fileName}: ${job.message ?? 'upload failed'}`, 'error')
    })
  }, [packageId])
  const dropProps = {
    onDragEnter: (event: DragEvent) => {
      if (!packageId || !hasFiles(event)) return
      depth.current++
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!packageId || !hasFiles(event)) return
      event.preventDefault() // allows the drop
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave: (event: DragEvent) => {
      if (!packageId || !hasFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      depth.current = 0
      setDragging(false)
      if (!packageId || !hasFiles(event) || event.nativeEvent.defaultPrevented) return // a resource row took it
      event.preventDefault()
      const files = Array.from(event.dataTransfer.files)
      if (files.length === 0) return
      uploadFiles(packageId, files)
      onDropped()
    },
  }
  return { dropProps, dragging }
}
