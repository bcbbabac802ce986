/**
 * Web mode uploads: multipart POST to resource_create (new resource) or
 * resource_patch (new file for a resource), as CKAN clients send them,
 * through XMLHttpRequest because fetch reports no upload progress.
 */
import { envelopeFromBody } from './transport.ts'
import { UploadCancelled, type Uploader } from './uploader.ts'

/** An uploader posting to the page's own HTTP door. */
export const webUploader: Uploader = (request, onProgress) => {
  const xhr = new XMLHttpRequest()
  const action = request.resourceId ? 'resource_patch' : 'resource_create'
  const form = new FormData()
  if (request.resourceId) form.append('id', request.resourceId)
  else form.append('package_id', request.packageId)
  for (const [key, value] of Object.entries(request.fields ?? {})) form.append(key, value)
  form.append('upload', request.file, request.file.name)
  const done = new Promise<ReturnType<typeof envelopeFromBody>>((resolve, reject) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : request.file.size)
    xhr.onload = () => resolve(envelopeFromBody(action, parse(xhr.responseText, xhr.status)))
    xhr.onerror = () => reject(new Error('The upload could not reach the server'))
    xhr.onabort = () => reject(new UploadCancelled())
  })
  xhr.open('POST', `/api/3/action/${action}`)
  xhr.withCredentials = true
  xhr.send(form)
  return { done, cancel: () => xhr.abort() }
}

function parse(text: string, status: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return `${status} ${text.slice(0, 200)}`
  }
}
