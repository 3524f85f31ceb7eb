/*
 * Kent Support Planner: resizes embedded planner iframes to fit their content.
 *
 * Version 1. Put this script on the page after the iframe(s):
 *   <iframe data-kent-support-planner src="https://.../?journey=fostering&embed=1" title="..."></iframe>
 *   <script src="https://.../kent-support-planner-embed-v1.js" integrity="sha384-..." crossorigin="anonymous"></script>
 *
 * A page pins this file's hash, so it never changes once shipped: a new
 * version ships under a new name (-v2.js) and this one stays as it is
 * (embed/README.md).
 *
 * The planner sends only {v: 1, type: "height", px: <number>} to this page's
 * origin. A message changes an iframe's height only when all of these hold:
 * it comes from that iframe's own window (event.source), from the origin of
 * that iframe's src (event.origin), and its body is exactly that shape with
 * a finite px from 0 to 20000. Anything else is ignored. The script reads
 * nothing else, sends nothing and changes nothing but the iframes' height.
 * Licence: MIT, Kent County Council.
 */
(function () {
  'use strict';
  var MAX = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-kent-support-planner]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src'), document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function isHeight(data) {
    if (data === null || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
    var keys = Object.keys(data).sort();
    return keys.length === 3 && keys[0] === 'px' && keys[1] === 'type' && keys[2] === 'v' &&
      data.v === 1 && data.type === 'height' && typeof data.px === 'number' &&
      isFinite(data.px) && data.px >= 0 && data.px <= MAX;
  }

  window.addEventListener('message', function (event) {
    if (!isHeight(event.data)) return;
    var list = frames();
    for (var i = 0; i < list.length; i += 1) {
      var frame = list[i];
      if (event.source !== null && event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = Math.ceil(event.data.px) + 'px';
        frame.setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
