/*
 * A page's AJAX request the server refused as sent (400: the page has expired, or the request was malformed). The
 * server answers with a partial response whose <error> carries the message in the user's language (see
 * org.innocomplex.web.errors.PageExceptionHandler); PrimeFaces hands a non-2xx answer to its pfAjaxError event
 * rather than to the page, so this shows the message above the page with a button that loads the page again.
 * Kept out of the page itself so that a Content-Security-Policy needs no inline script for it.
 */
(function () {
    function show(message) {
        var box = document.getElementById('page-refusal');
        if (!box) {
            box = document.createElement('div');
            box.id = 'page-refusal';
            box.className = 'page-refusal';
            box.setAttribute('role', 'alert');
            var main = document.querySelector('main') || document.body;
            main.insertBefore(box, main.firstChild);
        }
        box.textContent = '';
        var text = document.createElement('span');
        text.textContent = message;
        box.appendChild(text);
        var reload = document.createElement('button');
        reload.type = 'button';
        reload.id = 'page-refusal-reload';
        reload.className = 'ui-button ui-widget ui-corner-all page-refusal-reload';
        reload.textContent = document.body.getAttribute('data-reload-label') || '\u21bb';
        reload.addEventListener('click', function () {
            // a GET of the address the page was opened with, not a repeat of the refused post
            window.location.href = window.location.href.split('#')[0];
        });
        box.appendChild(reload);
    }

    function refusal(xhr) {
        if (!xhr || xhr.status !== 400 || !xhr.responseText) {
            return null;
        }
        var doc = xhr.responseXML || new DOMParser().parseFromString(xhr.responseText, 'text/xml');
        var name = doc && doc.querySelector('partial-response > error > error-name');
        var message = doc && doc.querySelector('partial-response > error > error-message');
        return name && message && name.textContent === 'innocomplex.refused' ? message.textContent : null;
    }

    // other scripts of the page show their own refusals the same way (e.g. the modeler's upload)
    window.InnoPageRefusal = { show: show };

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxError', function (event, xhr) {
            var message = refusal(xhr);
            if (message) {
                show(message);
            }
        });
    }
})();
